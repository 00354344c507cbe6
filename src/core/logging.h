#pragma once

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcCore) // stackdraft.core
Q_DECLARE_LOGGING_CATEGORY(lcIo) // stackdraft.io
Q_DECLARE_LOGGING_CATEGORY(lcCatalog) // stackdraft.catalog
Q_DECLARE_LOGGING_CATEGORY(lcExport) // stackdraft.export
Q_DECLARE_LOGGING_CATEGORY(lcGit) // stackdraft.git
