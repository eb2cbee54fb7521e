#pragma once

namespace cd::cli {

struct Invocation;

// Builds a database of generated partners and deals and prints one line per figure: name value unit.
int runBenchCommand(Invocation &invocation);

} // namespace cd::cli
