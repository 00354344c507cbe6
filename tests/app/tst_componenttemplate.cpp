#include "app/componenttemplate.h"
#include "core/catalog/catalog.h"
#include "core/model/naming.h"
#include "core/model/project.h"

#include <QTest>

using namespace Stackdraft;
using namespace Stackdraft::App;

class TestComponentTemplate final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyTypeGivesAValidComponent_data();
    void everyTypeGivesAValidComponent();
    void idsAreUnique();
    void requiredVariablesBecomeLiteralsOrSecretReferences();
    void secretNames_data();
    void secretNames();

private:
    Core::Catalog m_catalog;
};

void TestComponentTemplate::initTestCase()
{
    // The bundled catalog only: the developer's own catalog directories must not change results.
    m_catalog = Core::Catalog::load({});
    QVERIFY(!m_catalog.types().isEmpty());
}

void TestComponentTemplate::everyTypeGivesAValidComponent_data()
{
    QTest::addColumn<QString>("type");
    for (const QString &id : m_catalog.ids())
        QTest::addRow("%s", qPrintable(id)) << id;
}

void TestComponentTemplate::everyTypeGivesAValidComponent()
{
    QFETCH(QString, type);
    const Core::ComponentType catalogType = m_catalog.type(type);
    const ComponentTemplate made
        = ComponentTemplate::fromType(m_catalog, Core::Project {}, type, QPointF(40, 80));
    QVERIFY(Core::Naming::isDnsLabel(made.component.id));
    QCOMPARE(made.component.type, type);
    QCOMPARE(made.component.image, catalogType.defaultImage());
    QCOMPARE(made.component.ports, catalogType.defaultPorts());
    QCOMPARE(made.deployment.component, made.component.id);
    QCOMPARE(made.deployment.position, QPointF(40, 80));
    if (!catalogType.isExternal()) {
        QCOMPARE(made.deployment.resources, catalogType.data().defaultResources);
        QCOMPARE(made.deployment.storage, catalogType.data().defaultStorage);
    } else {
        QCOMPARE(made.deployment.resources, Core::Resources {});
    }
}

void TestComponentTemplate::idsAreUnique()
{
    Core::Project project;
    QStringList ids;
    for (int i = 0; i < 4; ++i) {
        const ComponentTemplate made
            = ComponentTemplate::fromType(m_catalog, project, QStringLiteral("redis"), {});
        QVERIFY2(!ids.contains(made.component.id), qPrintable(made.component.id));
        ids << made.component.id;
        project.components << made.component;
    }
    QCOMPARE(ids,
             QStringList({QStringLiteral("redis"), QStringLiteral("redis-2"),
                          QStringLiteral("redis-3"), QStringLiteral("redis-4")}));
    QCOMPARE(project.components.at(1).label, QStringLiteral("Redis 2"));
    // A taken id near the 63-character limit still gives a valid label.
    const QString longId = QString(63, QLatin1Char('a'));
    project.components << Core::Component {.id = longId};
    const QString next = ComponentTemplate::uniqueId(project, longId);
    QVERIFY(Core::Naming::isDnsLabel(next));
    QVERIFY(next != longId);
}

void TestComponentTemplate::requiredVariablesBecomeLiteralsOrSecretReferences()
{
    const ComponentTemplate made
        = ComponentTemplate::fromType(m_catalog, Core::Project {}, QStringLiteral("mysql"), {});
    const Core::EnvVar *password = made.component.envVar(QStringLiteral("MYSQL_ROOT_PASSWORD"));
    QVERIFY(password);
    QCOMPARE(password->kind, Core::EnvVar::Kind::Secret);
    QCOMPARE(password->secret, QStringLiteral("mysql-root-password"));
    QVERIFY(password->value.isEmpty()); // a secret never has a value in the project
    const Core::EnvVar *database = made.component.envVar(QStringLiteral("MYSQL_DATABASE"));
    QVERIFY(database);
    QCOMPARE(database->kind, Core::EnvVar::Kind::Literal);
    QCOMPARE(
        database->value,
        m_catalog.type(QStringLiteral("mysql")).envVar(QStringLiteral("MYSQL_DATABASE"))->value);
}

void TestComponentTemplate::secretNames_data()
{
    QTest::addColumn<QString>("component");
    QTest::addColumn<QString>("variable");
    QTest::addColumn<QString>("expected");
    QTest::addRow("prefix kept once") << "mysql"
                                      << "MYSQL_ROOT_PASSWORD"
                                      << "mysql-root-password";
    QTest::addRow("component added") << "grafana"
                                     << "ADMIN_PASSWORD"
                                     << "grafana-admin-password";
    QTest::addRow("numbered component") << "mysql-2"
                                        << "MYSQL_ROOT_PASSWORD"
                                        << "mysql-2-mysql-root-password";
}

void TestComponentTemplate::secretNames()
{
    QFETCH(QString, component);
    QFETCH(QString, variable);
    QFETCH(QString, expected);
    const QString name = ComponentTemplate::secretName(component, variable);
    QCOMPARE(name, expected);
    QVERIFY(Core::Naming::isDnsLabel(name));
}

QTEST_GUILESS_MAIN(TestComponentTemplate)
#include "tst_componenttemplate.moc"
