#include "core/catalog/componenttype.h"
#include "core/derived/containercommand.h"
#include "core/model/component.h"
#include "core/model/deployment.h"

#include <QTest>

using namespace Stackdraft::Core;

// Which command and arguments a container runs: the deployment's, the component's, the catalog
// type's default arguments, in that order, each command bringing its own arguments.
class TestContainerCommand final : public QObject
{
    Q_OBJECT

private slots:
    void of_data();
    void of();
};

struct CommandRow
{
    const char *name;
    QStringList catalogArgs;
    QStringList componentCommand;
    QStringList componentArgs;
    QStringList deploymentCommand;
    QStringList deploymentArgs;
    QStringList command; // expected
    QStringList args; // expected
};
Q_DECLARE_METATYPE(CommandRow)

void TestContainerCommand::of_data()
{
    const QStringList minio = {QStringLiteral("server"), QStringLiteral("/data")};
    const QStringList gunicorn = {QStringLiteral("gunicorn")};
    const QStringList bind = {QStringLiteral("--bind"), QStringLiteral("0.0.0.0:8000")};
    const QStringList flask = {QStringLiteral("flask")};
    const QStringList run = {QStringLiteral("run"), QStringLiteral("--debug")};
    const CommandRow rows[] = {
        {"nothing set: the image's own", {}, {}, {}, {}, {}, {}, {}},
        {"the catalog's default arguments", minio, {}, {}, {}, {}, {}, minio},
        {"component arguments replace the catalog's", minio, {}, bind, {}, {}, {}, bind},
        {"a component command drops the catalog's arguments",
         minio,
         gunicorn,
         {},
         {},
         {},
         gunicorn,
         {}},
        {"component command and arguments", {}, gunicorn, bind, {}, {}, gunicorn, bind},
        {"deployment arguments keep the component's command",
         {},
         gunicorn,
         bind,
         {},
         run,
         gunicorn,
         run},
        {"a deployment command brings its own arguments", minio, gunicorn, bind, flask, run, flask,
         run},
        {"a deployment command alone runs without arguments",
         {},
         gunicorn,
         bind,
         flask,
         {},
         flask,
         {}},
        {"deployment arguments over the catalog's", minio, {}, {}, {}, run, {}, run},
    };
    QTest::addColumn<CommandRow>("row");
    for (const CommandRow &row : rows)
        QTest::addRow("%s", row.name) << row;
}

void TestContainerCommand::of()
{
    QFETCH(CommandRow, row);
    ComponentTypeData data;
    data.id = QStringLiteral("object-storage");
    data.command = row.catalogArgs;
    Component component {.id = QStringLiteral("store"), .type = data.id};
    component.command = row.componentCommand;
    component.args = row.componentArgs;
    Deployment deployment {.component = component.id};
    deployment.command = row.deploymentCommand;
    deployment.args = row.deploymentArgs;
    const ContainerCommand result
        = ContainerCommand::of(ComponentType(data), component, &deployment);
    QCOMPARE(result.command, row.command);
    QCOMPARE(result.args, row.args);
    // Not deployed: the component's and the catalog's alone.
    const ContainerCommand undeployed
        = ContainerCommand::of(ComponentType(data), component, nullptr);
    Deployment none {.component = component.id};
    QCOMPARE(undeployed, ContainerCommand::of(ComponentType(data), component, &none));
}

QTEST_GUILESS_MAIN(TestContainerCommand)
#include "tst_containercommand.moc"
