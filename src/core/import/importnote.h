#pragma once

#include <QString>
#include <QStringList>

namespace Stackdraft::Core {

// One thing an importer read but did not carry into the model as it was, with where it was.
// Core keeps the English text and its arguments; text() translates where it is shown.
struct ImportNote
{
    enum class Kind {
        LeftOut, // not in the model at all ("not modelled", an unknown kind, a skipped service)
        Changed, // carried, but not as written (a password turned into a secret reference)
        Info, // how something was read (a type guessed from an image); nothing lost
    };

    Kind kind = Kind::LeftOut;
    QString file;
    int line = 0; // 1-based; 0 when unknown
    int column = 0;
    QString key; // where in the input: "networks.frontend.driver_opts", "Deployment/web"
    const char *reason = nullptr; // English, marked with QT_TRANSLATE_NOOP("Import", ...)
    QStringList arguments; // for %1, %2... in reason

    // The reason in the interface language, arguments filled in.
    QString text() const;
    // "file:line: key: reason".
    QString toString() const;

    friend bool operator==(const ImportNote &, const ImportNote &) = default;
};

} // namespace Stackdraft::Core
