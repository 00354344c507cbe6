#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;

// Loading the embedded translations (":/i18n/stackdraft_<lang>.qm") for the user's language.
namespace Stackdraft::App::Localization {

// The user's languages, most preferred first: $LANGUAGE (a colon-separated list, as gettext reads
// it), then the system locale (LC_ALL, LC_MESSAGES, LANG).
QStringList preferredLanguages();

// Installs the best matching Stackdraft translation, and Qt's own for standard dialogs, on `app`.
// Returns the language loaded ("pt_BR"), or an empty string when the source language (English) is
// used.
QString installTranslators(QCoreApplication &app);

} // namespace Stackdraft::App::Localization
