#pragma once

#include "core/message.h"

#include <QString>
#include <QTranslator>

#include <memory>

namespace Stackdraft::Plugins {

// The language one document is written in. Strings are English in the source, marked with
// QT_TRANSLATE_NOOP("Stackdraft::Plugins::ArchitectureDocument", ...) so lupdate extracts them into
// this plugin's own translations/stackdraft_markdown_<lang>.ts, which is compiled into the plugin;
// the same file translates the messages the document quotes from core (the cost engine's lines,
// the price books' labels), which CMakeLists.txt has lupdate read too.
// Loading a private translator (rather than the application's) keeps the output a function of the
// request alone, and works the same from the CLI, which installs no translators.
class DocumentLanguage final
{
public:
    static constexpr const char *Context = "Stackdraft::Plugins::ArchitectureDocument";

    // "en" (or empty) for English; "pt_BR" and any language with a bundled .qm; false otherwise.
    bool load(const QString &language);
    QString language() const { return m_language; }

    // `source` in this language (the English source when there is no translation).
    QString text(const char *source) const;
    // A message from core in this language, never in the interface's.
    QString text(const Core::Message &message) const
    {
        return message.toString(m_translator.get());
    }

private:
    QString m_language = QStringLiteral("en");
    std::unique_ptr<QTranslator> m_translator;
};

} // namespace Stackdraft::Plugins
