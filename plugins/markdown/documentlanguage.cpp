#include "documentlanguage.h"

namespace Stackdraft::Plugins {

bool DocumentLanguage::load(const QString &language)
{
    m_translator.reset();
    if (language.isEmpty() || language == QLatin1String("en")
        || language.startsWith(QLatin1String("en_"))) {
        m_language = QStringLiteral("en");
        return true;
    }
    auto translator = std::make_unique<QTranslator>();
    if (!translator->load(
            QStringLiteral(":/stackdraft/markdown/i18n/stackdraft_markdown_%1.qm").arg(language)))
        return false;
    m_translator = std::move(translator);
    m_language = language;
    return true;
}

QString DocumentLanguage::text(const char *source) const
{
    if (m_translator) {
        const QString translated = m_translator->translate(Context, source);
        if (!translated.isEmpty())
            return translated;
    }
    return QString::fromUtf8(source);
}

} // namespace Stackdraft::Plugins
