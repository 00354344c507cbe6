#include "core/catalog/componenttype.h"
#include "core/export/exportnaming.h"
#include "core/model/project.h"

#include <QTest>

using namespace Stackdraft::Core;

class TestExportNaming final : public QObject
{
    Q_OBJECT

private slots:
    void namespaces_data();
    void namespaces();
    void secretSpellings_data();
    void secretSpellings();
    void selectorLabelsAreStable();
};

void TestExportNaming::namespaces_data()
{
    QTest::addColumn<QString>("project");
    QTest::addColumn<QString>("env");
    QTest::addColumn<QString>("setting");
    QTest::addColumn<QString>("expected");
    QTest::addRow("derived") << "shop"
                             << "staging" << QString() << "shop-staging";
    QTest::addRow("explicit") << "shop"
                              << "staging"
                              << "shop-stg"
                              << "shop-stg";
    QTest::addRow("cleaned") << "Shop"
                             << "Prod_1" << QString() << "shop-prod-1";
}

void TestExportNaming::namespaces()
{
    QFETCH(QString, project);
    QFETCH(QString, env);
    QFETCH(QString, setting);
    QFETCH(QString, expected);
    Project p;
    p.name = project;
    Environment e {.id = env, .namespaceName = setting};
    QCOMPARE(ExportNaming::namespaceName(p, e), expected);
}

void TestExportNaming::secretSpellings_data()
{
    QTest::addColumn<QString>("secret");
    QTest::addColumn<QString>("envName");
    QTest::addColumn<QString>("ssm");
    QTest::addRow("simple") << "backend-secret-key"
                            << "BACKEND_SECRET_KEY"
                            << "/shop/production/backend-secret-key";
    QTest::addRow("digit first") << "1password"
                                 << "_1PASSWORD"
                                 << "/shop/production/1password";
}

void TestExportNaming::secretSpellings()
{
    QFETCH(QString, secret);
    QFETCH(QString, envName);
    QFETCH(QString, ssm);
    Project p;
    p.name = QStringLiteral("shop");
    Environment e {.id = QStringLiteral("production")};
    QCOMPARE(ExportNaming::secretEnvName(secret), envName);
    QCOMPARE(ExportNaming::ssmParameterName(p, e, secret), ssm);
    QCOMPARE(ExportNaming::kubernetesSecretName(p), QStringLiteral("shop-secrets"));
    QCOMPARE(ExportNaming::kubernetesSecretKey(secret), secret);
    Component mysql {.id = QStringLiteral("mysql")};
    QCOMPARE(ExportNaming::implicitSecretName(mysql, QStringLiteral("MYSQL_ROOT_PASSWORD")),
             QStringLiteral("mysql-mysql-root-password"));
}

void TestExportNaming::selectorLabelsAreStable()
{
    Project p;
    p.name = QStringLiteral("shop");
    Component api {.id = QStringLiteral("api"), .type = QStringLiteral("backend-service")};
    const Labels selector = ExportNaming::selectorLabels(p, api);
    const Labels all = ExportNaming::standardLabels(p, api, ComponentType());
    for (const auto &label : selector)
        QVERIFY2(all.contains(label), qPrintable(label.first));
    QStringList keys;
    for (const auto &label : all)
        keys << label.first;
    QCOMPARE(keys,
             (QStringList {"app.kubernetes.io/name", "app.kubernetes.io/instance",
                           "app.kubernetes.io/component", "app.kubernetes.io/part-of",
                           "app.kubernetes.io/managed-by"}));
    // Without a catalog entry the component label falls back to the type id.
    QCOMPARE(all.at(2).second, QStringLiteral("backend-service"));
    QCOMPARE(all.at(1).second, QStringLiteral("shop-api"));
    Component longName {.id = QString(70, QLatin1Char('a'))};
    for (const auto &label : ExportNaming::standardLabels(p, longName, ComponentType()))
        QVERIFY(label.second.size() <= 63);
}

QTEST_GUILESS_MAIN(TestExportNaming)
#include "tst_exportnaming.moc"
