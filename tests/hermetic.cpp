// Compiled into every test executable (tests/CMakeLists.txt): a test never reads the developer's
// own catalogs, price books or plugins. Before main() runs, QStandardPaths answers with its test
// locations, the project's STACKDRAFT_* variables are cleared, and the user's XDG data and config
// directories point into a directory that does not exist, so that `stackdraft` processes a test
// starts see none either (and no test writes settings into the developer's own).
// Tests that exercise those variables set them themselves.
#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QtGlobal>

namespace {

const bool hermetic = [] {
    QStandardPaths::setTestModeEnabled(true);
    for (const char *name :
         {"STACKDRAFT_CATALOG_PATH", "STACKDRAFT_PRICING_PATH", "STACKDRAFT_PLUGIN_PATH"})
        qunsetenv(name);
    const QString nowhere
        = QDir::tempPath() + QStringLiteral("/stackdraft-hermetic-test-nonexistent");
    qputenv("XDG_DATA_HOME", QFile::encodeName(nowhere + QStringLiteral("/data")));
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(nowhere + QStringLiteral("/config")));
    return true;
}();

} // namespace
