#include "app/inspector/envvartable.h"

#include <QTest>

using namespace Stackdraft;

// The inspector's variable table takes exactly the names the project file takes
// (Core::Naming::isEnvName), so what it accepts saves and loads again.
class TestEnvVarTable final : public QObject
{
    Q_OBJECT

private slots:
    void names_data();
    void names();
};

void TestEnvVarTable::names_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("accepted");
    QTest::addRow("upper case") << QStringLiteral("ES_JAVA_OPTS") << true;
    QTest::addRow("Elasticsearch setting") << QStringLiteral("discovery.type") << true;
    QTest::addRow("dots") << QStringLiteral("xpack.security.enabled") << true;
    QTest::addRow("dash") << QStringLiteral("log-level") << true;
    QTest::addRow("leading digit") << QStringLiteral("2FA_CODE") << false;
    QTest::addRow("space") << QStringLiteral("LOG LEVEL") << false;
}

void TestEnvVarTable::names()
{
    QFETCH(QString, name);
    QFETCH(bool, accepted);
    App::EnvVarTable table;
    table.setVariables({Core::EnvVar::literal(name, QStringLiteral("x"))});
    QString error;
    const QList<Core::EnvVar> variables = table.variables(&error);
    QCOMPARE(error.isEmpty(), accepted);
    QCOMPARE(variables.size(), accepted ? 1 : 0);
}

QTEST_MAIN(TestEnvVarTable)
#include "tst_envvartable.moc"
