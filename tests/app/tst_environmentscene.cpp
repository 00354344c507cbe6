#include "../core/sprawlingproject.h"
#include "app/componentitem.h"
#include "app/connectionitem.h"
#include "app/environmentscene.h"
#include "app/groupitem.h"
#include "app/projectdocument.h"
#include "core/catalog/catalog.h"
#include "core/model/quantity.h"
#include "sampleproject.h"

#include <QTest>

using namespace Stackdraft;
using namespace Stackdraft::App;

class TestEnvironmentScene final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void itemsFollowTheModel_data();
    void itemsFollowTheModel();
    void storedPositionsAreUsed();
    void missingPositionsAreLaidOutLeftToRight();
    void unpositionedSystemStaysReadable();
    void groupFramesSurroundDeployedMembers();
    void connectionsEndOnCardEdges();
    void reverseConnectionsUseSeparateLanes();
    void cardText_data();
    void cardText();
    void deploymentChangeUpdatesItems();
    void componentChangeUpdatesLabel();
    void unknownEnvironmentIsEmpty();

private:
    std::unique_ptr<ProjectDocument> m_document;
};

void TestEnvironmentScene::init()
{
    m_document = std::make_unique<ProjectDocument>(Core::Catalog::standard());
    m_document->reset(SampleProject::make());
}

void TestEnvironmentScene::itemsFollowTheModel_data()
{
    QTest::addColumn<QString>("environment");
    for (const Core::Environment &environment : SampleProject::make().environments)
        QTest::addRow("%s", qPrintable(environment.id)) << environment.id;
}

void TestEnvironmentScene::itemsFollowTheModel()
{
    QFETCH(QString, environment);
    const EnvironmentScene scene(*m_document, environment);
    const Core::Project &project = m_document->project();
    const Core::Environment &env = *project.environment(environment);

    QStringList expectedComponents;
    for (const Core::Component *component : project.deployedComponents(env))
        expectedComponents << component->id;
    QStringList components;
    for (const ComponentItem *item : scene.componentItems())
        components << item->componentId();
    QCOMPARE(components, expectedComponents);

    QStringList expectedConnections;
    for (const Core::Connection &connection : project.activeConnections(env))
        expectedConnections << connection.from + QLatin1String("->") + connection.to;
    QStringList connections;
    for (const ConnectionItem *item : scene.connectionItems())
        connections << item->fromId() + QLatin1String("->") + item->toId();
    QCOMPARE(connections, expectedConnections);

    // Every item is reachable through the scene with its own type.
    int cards = 0;
    for (QGraphicsItem *item : scene.items())
        cards += qgraphicsitem_cast<ComponentItem *>(item) != nullptr;
    QCOMPARE(cards, expectedComponents.size());
}

void TestEnvironmentScene::storedPositionsAreUsed()
{
    const EnvironmentScene scene(*m_document, QStringLiteral("production"));
    const Core::Environment &env = *m_document->project().environment(QStringLiteral("production"));
    QVERIFY(!scene.componentItems().isEmpty());
    for (const ComponentItem *item : scene.componentItems())
        QCOMPARE(item->pos(), env.deployment(item->componentId())->position);
}

void TestEnvironmentScene::unpositionedSystemStaysReadable()
{
    // 20 components in 9 groups, no positions at all: laid out by Graphviz when opened.
    m_document->reset(SprawlingProject::make());
    const EnvironmentScene scene(*m_document, QStringLiteral("production"));
    QCOMPARE(scene.componentItems().size(), 20);
    QCOMPARE(scene.groupItems().size(), 9);
    const QList<GroupItem *> frames = scene.groupItems();
    for (qsizetype i = 0; i < frames.size(); ++i) {
        for (qsizetype j = i + 1; j < frames.size(); ++j)
            QVERIFY2(!frames[i]->frameRect().intersects(frames[j]->frameRect()),
                     qPrintable(frames[i]->groupId() + QLatin1Char('/') + frames[j]->groupId()));
    }
    // Every label is clear of every card and of every other label.
    const QList<ConnectionItem *> connections = scene.connectionItems();
    QCOMPARE(connections.size(), SprawlingProject::make().connections.size());
    for (qsizetype i = 0; i < connections.size(); ++i) {
        const QRectF label = connections[i]->labelRect();
        const QString name
            = connections[i]->fromId() + QLatin1String("->") + connections[i]->toId();
        QVERIFY2(!label.isNull(), qPrintable(name));
        for (const ComponentItem *card : scene.componentItems())
            QVERIFY2(!card->mapRectToScene(card->cardRect()).intersects(label),
                     qPrintable(name + QLatin1String(" covers ") + card->componentId()));
        for (qsizetype j = i + 1; j < connections.size(); ++j)
            QVERIFY2(!connections[j]->labelRect().intersects(label),
                     qPrintable(name + QLatin1String(" covers another label")));
    }
    // Nothing was written to the model: the positions are the drawing's, not the file's.
    for (const Core::Deployment &deployment :
         m_document->project().environments.first().deployments)
        QVERIFY(deployment.position.isNull());
}

void TestEnvironmentScene::missingPositionsAreLaidOutLeftToRight()
{
    const EnvironmentScene scene(*m_document, QStringLiteral("staging"));
    const QList<ComponentItem *> items = scene.componentItems();
    for (qsizetype i = 0; i < items.size(); ++i) {
        for (qsizetype j = i + 1; j < items.size(); ++j) {
            QVERIFY2(!items[i]->sceneBoundingRect().intersects(items[j]->sceneBoundingRect()),
                     qPrintable(items[i]->componentId() + QLatin1String(" overlaps ")
                                + items[j]->componentId()));
        }
    }
    // web calls api, which calls db and cache: Graphviz puts each caller left of what it calls.
    auto x = [&](const char *id) { return scene.componentItem(QString::fromLatin1(id))->x(); };
    QVERIFY(x("web") < x("api"));
    QVERIFY(x("api") < x("db"));
    QCOMPARE(x("db"), x("cache"));
}

void TestEnvironmentScene::groupFramesSurroundDeployedMembers()
{
    const EnvironmentScene scene(*m_document, QStringLiteral("development"));
    const Core::Project &project = m_document->project();
    QCOMPARE(scene.groupItems().size(), project.groups.size());
    for (const GroupItem *group : scene.groupItems()) {
        QVERIFY(!group->members().isEmpty());
        for (const ComponentItem *member : group->members())
            QVERIFY(group->frameRect().contains(member->sceneBoundingRect()));
    }
    // development has no cache: the data frame holds db alone.
    const GroupItem *data = scene.groupItems().at(1);
    QCOMPARE(data->label(), QStringLiteral("Data Storage"));
    QCOMPARE(data->members().size(), 1);
}

void TestEnvironmentScene::connectionsEndOnCardEdges()
{
    const EnvironmentScene scene(*m_document, QStringLiteral("production"));
    QVERIFY(!scene.connectionItems().isEmpty());
    auto onBorder = [](const QRectF &card, QPointF point) {
        return card.adjusted(-3, -3, 3, 3).contains(point)
            && !card.adjusted(3, 3, -3, -3).contains(point);
    };
    for (const ConnectionItem *connection : scene.connectionItems()) {
        const QRectF from
            = scene.componentItem(connection->fromId())
                  ->mapRectToScene(scene.componentItem(connection->fromId())->cardRect());
        const QRectF to = scene.componentItem(connection->toId())
                              ->mapRectToScene(scene.componentItem(connection->toId())->cardRect());
        QVERIFY(!connection->line().isNull());
        QVERIFY(onBorder(from, connection->line().p1()));
        QVERIFY(onBorder(to, connection->line().p2()));
    }
}

void TestEnvironmentScene::reverseConnectionsUseSeparateLanes()
{
    const EnvironmentScene scene(*m_document, QStringLiteral("production"));
    QList<const ConnectionItem *> webApi;
    for (const ConnectionItem *connection : scene.connectionItems()) {
        const QSet<QString> ends {connection->fromId(), connection->toId()};
        if (ends == QSet<QString> {QStringLiteral("web"), QStringLiteral("api")})
            webApi << connection;
    }
    QCOMPARE(webApi.size(), 2);
    QVERIFY(QLineF(webApi[0]->line().center(), webApi[1]->line().center()).length() >= 10);
    QVERIFY(!webApi[0]->labelRect().intersects(webApi[1]->labelRect()));
}

void TestEnvironmentScene::cardText_data()
{
    QTest::addColumn<QString>("environment");
    QTest::addColumn<QString>("component");
    QTest::addColumn<QString>("label");
    QTest::addColumn<QString>("resources");
    QTest::addRow("replicas and requests") << "production"
                                           << "api"
                                           << "Orders API"
                                           << "3 × 500m / 512Mi";
    // A managed database is the cloud's service, not our containers.
    QTest::addRow("managed service") << "production"
                                     << "db"
                                     << "Orders DB"
                                     << "managed service";
    const Core::Resources web
        = Core::Catalog::standard().type(QStringLiteral("web-frontend")).data().defaultResources;
    QTest::addRow("catalog defaults")
        << "development"
        << "web"
        << "Storefront (React)"
        << QStringLiteral("1 × %1* / %2*")
               .arg(Core::Quantity::formatCpu(web.effectiveCpu()),
                    Core::Quantity::formatMemory(web.effectiveMemory()));
    QTest::addRow("external") << "production"
                              << "users"
                              << "Customers"
                              << "external";
    QTest::addRow("provided by the platform") << "production"
                                              << "lb"
                                              << "Ingress"
                                              << "Ingress";
}

void TestEnvironmentScene::cardText()
{
    QFETCH(QString, environment);
    QFETCH(QString, component);
    QFETCH(QString, label);
    QFETCH(QString, resources);
    const EnvironmentScene scene(*m_document, environment);
    const ComponentItem *item = scene.componentItem(component);
    QVERIFY(item);
    QCOMPARE(item->titleText(), component);
    QCOMPARE(item->labelText(), label);
    QCOMPARE(item->resourcesText(), resources);
}

void TestEnvironmentScene::deploymentChangeUpdatesItems()
{
    const EnvironmentScene scene(*m_document, QStringLiteral("production"));
    ComponentItem *api = scene.componentItem(QStringLiteral("api"));
    const ConnectionItem *webToApi = scene.connectionItems().at(1);
    QCOMPARE(webToApi->toId(), QStringLiteral("api"));
    const QLineF before = webToApi->line();

    Core::Deployment changed = *m_document->project()
                                    .environment(QStringLiteral("production"))
                                    ->deployment(QStringLiteral("api"));
    changed.replicas = 5;
    changed.position = QPointF(360, 480);
    QVERIFY(m_document->replaceDeployment(QStringLiteral("production"), changed));

    QCOMPARE(api->pos(), QPointF(360, 480));
    QCOMPARE(api->resourcesText(), QStringLiteral("5 × 500m / 512Mi"));
    QVERIFY(webToApi->line() != before);
    QVERIFY(api->mapRectToScene(api->cardRect())
                .adjusted(-3, -3, 3, 3)
                .contains(webToApi->line().p2()));
}

void TestEnvironmentScene::componentChangeUpdatesLabel()
{
    const EnvironmentScene scene(*m_document, QStringLiteral("development"));
    Core::Component api = *m_document->project().component(QStringLiteral("api"));
    api.label = QStringLiteral("Orders API v2");
    QVERIFY(m_document->replaceComponent(api));
    QCOMPARE(scene.componentItem(QStringLiteral("api"))->labelText(),
             QStringLiteral("Orders API v2"));
}

void TestEnvironmentScene::unknownEnvironmentIsEmpty()
{
    const EnvironmentScene scene(*m_document, QStringLiteral("nowhere"));
    QVERIFY(scene.items().isEmpty());
}

QTEST_MAIN(TestEnvironmentScene)
#include "tst_environmentscene.moc"
