#pragma once

// A small demo database in a temporary directory, shared by the UI tests.
#include "core/demo/demodata.h"
#include "store/database.h"
#include "store/demo/demoloader.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

inline std::unique_ptr<cd::store::Database> makeDemoDatabase(const QTemporaryDir &dir, int partners = 60, int deals = 1500)
{
    auto database = cd::store::Database::open(dir.filePath(QStringLiteral("test.sqlite")));
    cd::DemoOptions options;
    options.seed = 7;
    options.partners = partners;
    options.deals = deals;
    options.today = QDate(2026, 11, 23);
    const auto results = cd::store::loadDemoData(*database, cd::generateDemoData(options));
    for (const auto &result : results) {
        if (!result.ok())
            qFatal("demo data did not load: %s", qPrintable(result.errors.value(0).toString()));
    }
    return database;
}
