#include "app/localization.h"

#include <QCoreApplication>
#include <QTest>

using namespace Stackdraft::App;

class TestLocalization final : public QObject
{
    Q_OBJECT

private slots:
    void languageVariableComesFirst_data();
    void languageVariableComesFirst();
    void sourceLanguageNeedsNoTranslator();
    void unknownLanguageIsSkipped();
    void brazilianPortugueseIsEmbedded();
};

void TestLocalization::languageVariableComesFirst_data()
{
    QTest::addColumn<QByteArray>("language");
    QTest::addColumn<QStringList>("first");
    QTest::addRow("single") << QByteArray("pt_BR") << QStringList {QStringLiteral("pt_BR")};
    QTest::addRow("list") << QByteArray("de_AT:pt_BR")
                          << QStringList {QStringLiteral("de_AT"), QStringLiteral("pt_BR")};
    QTest::addRow("codeset and dash")
        << QByteArray("pt-BR.UTF-8") << QStringList {QStringLiteral("pt_BR")};
}

void TestLocalization::languageVariableComesFirst()
{
    QFETCH(QByteArray, language);
    QFETCH(QStringList, first);
    qputenv("LANGUAGE", language);
    QCOMPARE(Localization::preferredLanguages().mid(0, first.size()), first);
    qunsetenv("LANGUAGE");
}

void TestLocalization::sourceLanguageNeedsNoTranslator()
{
    qputenv("LANGUAGE", "en_GB:pt_BR");
    QCOMPARE(Localization::installTranslators(*QCoreApplication::instance()), QString());
    QCOMPARE(QCoreApplication::translate("Stackdraft::App::MainWindow", "&File"),
             QStringLiteral("&File"));
    qunsetenv("LANGUAGE");
}

void TestLocalization::unknownLanguageIsSkipped()
{
    qputenv("LANGUAGE", "tlh");
    QCOMPARE(Localization::installTranslators(*QCoreApplication::instance()), QString());
    qunsetenv("LANGUAGE");
}

void TestLocalization::brazilianPortugueseIsEmbedded()
{
    qputenv("LANGUAGE", "pt_BR");
    QCOMPARE(Localization::installTranslators(*QCoreApplication::instance()),
             QStringLiteral("pt_BR"));
    QCOMPARE(QCoreApplication::translate("Stackdraft::App::MainWindow", "&File"),
             QStringLiteral("&Arquivo"));
    QCOMPARE(QCoreApplication::translate("Cli", "Commands:"), QStringLiteral("Comandos:"));
    qunsetenv("LANGUAGE");
}

QTEST_GUILESS_MAIN(TestLocalization)
#include "tst_localization.moc"
