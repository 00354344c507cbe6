#include "app/localization.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace Stackdraft::App::Localization {
namespace {

// "pt_BR.UTF-8@euro" -> "pt_BR"; "pt-BR" -> "pt_BR".
QString normalized(QString language)
{
    language = language.section(QLatin1Char('.'), 0, 0).section(QLatin1Char('@'), 0, 0);
    language.replace(QLatin1Char('-'), QLatin1Char('_'));
    return language;
}

// "pt_BR" then "pt": a regional translation first, then the language's.
QStringList candidatesFor(const QString &language)
{
    QStringList candidates {language};
    const QString base = language.section(QLatin1Char('_'), 0, 0);
    if (base != language)
        candidates << base;
    return candidates;
}

} // namespace

QStringList preferredLanguages()
{
    QStringList languages;
    const QString gettextList = qEnvironmentVariable("LANGUAGE");
    for (const QString &entry : gettextList.split(QLatin1Char(':'), Qt::SkipEmptyParts))
        languages << normalized(entry);
    // QLocale::system() reads LC_ALL, LC_MESSAGES and LANG in that order.
    languages << normalized(QLocale::system().name());
    languages.removeDuplicates();
    return languages;
}

QString installTranslators(QCoreApplication &app)
{
    for (const QString &language : preferredLanguages()) {
        if (language == QLatin1String("C") || language == QLatin1String("POSIX"))
            return {};
        for (const QString &candidate : candidatesFor(language)) {
            // English is the source language: asking for it means no translation at all.
            if (candidate == QLatin1String("en") || candidate.startsWith(QLatin1String("en_")))
                return {};
            auto *translator = new QTranslator(&app);
            if (!translator->load(QStringLiteral(":/i18n/stackdraft_%1.qm").arg(candidate))) {
                delete translator;
                continue;
            }
            QCoreApplication::installTranslator(translator);
            // Qt's own strings (standard buttons, file dialog) when the system has them.
            auto *qtTranslator = new QTranslator(&app);
            if (qtTranslator->load(QStringLiteral("qtbase_%1").arg(candidate),
                                   QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
                QCoreApplication::installTranslator(qtTranslator);
            else
                delete qtTranslator;
            return candidate;
        }
    }
    return {};
}

} // namespace Stackdraft::App::Localization
