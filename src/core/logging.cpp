#include "core/logging.h"

Q_LOGGING_CATEGORY(lcCore, "stackdraft.core", QtWarningMsg)
Q_LOGGING_CATEGORY(lcIo, "stackdraft.io", QtWarningMsg)
Q_LOGGING_CATEGORY(lcCatalog, "stackdraft.catalog", QtWarningMsg)
Q_LOGGING_CATEGORY(lcExport, "stackdraft.export", QtWarningMsg)
Q_LOGGING_CATEGORY(lcGit, "stackdraft.git", QtWarningMsg)
