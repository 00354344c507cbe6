#include "core/catalog/catalog.h"
#include "core/catalog/connectionrule.h"

#include <QTest>

using namespace Stackdraft::Core;

Q_DECLARE_METATYPE(std::optional<ConnectionRule::Refusal>)

class TestConnectionRule final : public QObject
{
    Q_OBJECT

private slots:
    void check_data();
    void check();
    void proposedLabel_data();
    void proposedLabel();
    void proposedVariable();
};

void TestConnectionRule::check_data()
{
    using R = ConnectionRule::Refusal;
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<std::optional<R>>("refusal");
    const std::optional<R> fine;
    QTest::addRow("service to database") << "backend-service"
                                         << "mysql" << fine;
    QTest::addRow("balancer to frontend") << "load-balancer"
                                          << "web-frontend" << fine;
    QTest::addRow("users to CDN") << "end-users"
                                  << "cdn" << fine;
    QTest::addRow("service to partner API") << "backend-service"
                                            << "external-service" << fine;
    QTest::addRow("worker to broker") << "worker"
                                      << "rabbitmq" << fine;
    QTest::addRow("database replica") << "mysql"
                                      << "mysql" << fine;
    QTest::addRow("monitoring scrapes a database") << "prometheus"
                                                   << "postgresql" << fine;
    QTest::addRow("database ships metrics") << "redis"
                                            << "prometheus" << fine;
    QTest::addRow("database to load balancer")
        << "mysql"
        << "load-balancer" << std::optional<R>(R::PassiveSource);
    QTest::addRow("broker to service") << "rabbitmq"
                                       << "backend-service" << std::optional<R>(R::PassiveSource);
    QTest::addRow("cache to database") << "redis"
                                       << "mysql" << fine; // both data: replication
    QTest::addRow("anything to end users")
        << "backend-service"
        << "end-users" << std::optional<R>(R::TargetListensNowhere);
    QTest::addRow("service to a worker (listens nowhere)")
        << "backend-service"
        << "worker" << std::optional<R>(R::TargetListensNowhere);
}

void TestConnectionRule::check()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(std::optional<ConnectionRule::Refusal>, refusal);
    const Catalog &catalog = Catalog::standard();
    QVERIFY(catalog.type(from).isValid());
    QVERIFY(catalog.type(to).isValid());
    QCOMPARE(ConnectionRule::check(catalog.type(from), catalog.type(to)), refusal);
    QCOMPARE(ConnectionRule::check(catalog.type(from), catalog.type(to), true),
             std::optional<ConnectionRule::Refusal>(ConnectionRule::Refusal::SameComponent));
}

void TestConnectionRule::proposedLabel_data()
{
    QTest::addColumn<QString>("to");
    QTest::addColumn<QString>("label");
    QTest::addRow("mysql") << "mysql"
                           << "MySQL";
    QTest::addRow("redis") << "redis"
                           << "Redis";
    QTest::addRow("broker") << "rabbitmq"
                            << "AMQP";
    QTest::addRow("http service") << "backend-service"
                                  << "HTTP";
    QTest::addRow("entry point without ports") << "cdn"
                                               << "HTTPS";
    QTest::addRow("nothing to say") << "external-service"
                                    << "";
}

void TestConnectionRule::proposedLabel()
{
    QFETCH(QString, to);
    QFETCH(QString, label);
    QCOMPARE(ConnectionRule::proposedLabel(Catalog::standard().type(to)), label);
}

void TestConnectionRule::proposedVariable()
{
    const Catalog &catalog = Catalog::standard();
    const auto variable = ConnectionRule::proposedVariable(
        catalog.type("backend-service"), catalog.type("mysql"), QStringLiteral("orders-db"));
    QVERIFY(variable.has_value());
    QCOMPARE(*variable, EnvVar::reference("DATABASE_URL", "orders-db"));
    QCOMPARE(ConnectionRule::proposedVariable(catalog.type("backend-service"),
                                              catalog.type("redis"), "cache")
                 ->name,
             QStringLiteral("REDIS_URL"));
    // Nothing offered: no variable; end users read no variables.
    QVERIFY(!ConnectionRule::proposedVariable(catalog.type("backend-service"),
                                              catalog.type("load-balancer"), "lb"));
    QVERIFY(
        !ConnectionRule::proposedVariable(catalog.type("end-users"), catalog.type("cdn"), "cdn"));
}

QTEST_GUILESS_MAIN(TestConnectionRule)
#include "tst_connectionrule.moc"
