#include "core/io/projectreader.h"
#include "core/io/projectwriter.h"
#include "document/commands/addcomponentcommand.h"
#include "document/commands/addconnectioncommand.h"
#include "document/commands/addenvironmentcommand.h"
#include "document/commands/changegroupmemberscommand.h"
#include "document/commands/creategroupcommand.h"
#include "document/commands/deploycommand.h"
#include "document/commands/duplicateenvironmentcommand.h"
#include "document/commands/macrocommand.h"
#include "document/commands/moveenvironmentcommand.h"
#include "document/commands/movenodescommand.h"
#include "document/commands/removecomponentcommand.h"
#include "document/commands/removeconnectioncommand.h"
#include "document/commands/removeenvironmentcommand.h"
#include "document/commands/removegroupcommand.h"
#include "document/commands/renamecomponentcommand.h"
#include "document/commands/renameenvironmentcommand.h"
#include "document/commands/renamegroupcommand.h"
#include "document/commands/setcomponentfieldcommand.h"
#include "document/commands/setconnectioncommand.h"
#include "document/commands/setdeploymentcommand.h"
#include "document/commands/setdeploymentfieldcommand.h"
#include "document/commands/setenvironmentsettingscommand.h"
#include "document/commands/setprojectsettingscommand.h"
#include "document/commands/undeploycommand.h"
#include "document/projectdocument.h"
#include "sampleproject.h"
#include "testcatalog.h"

#include <QDir>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

#include <algorithm>
#include <functional>

using namespace Stackdraft;
using namespace Stackdraft::Document;
using Core::Edit::ComponentField;
using Core::Edit::DeploymentField;

namespace {

// The sample project with variables that reference other components, so that removals and
// renames have `from:` variables to follow.
Core::Project richProject()
{
    Core::Project p = SampleProject::make();
    p.component(QStringLiteral("api"))->env
        = {Core::EnvVar::reference(QStringLiteral("DATABASE_URL"), QStringLiteral("db")),
           Core::EnvVar::literal(QStringLiteral("LOG_LEVEL"), QStringLiteral("info"))};
    p.component(QStringLiteral("web"))->env
        = {Core::EnvVar::reference(QStringLiteral("API_URL"), QStringLiteral("api"))};
    p.environment(QStringLiteral("production"))->deployment(QStringLiteral("web"))->envOverrides
        = {Core::EnvVar::reference(QStringLiteral("API_HOST"), QStringLiteral("api"),
                                   QStringLiteral("host")),
           Core::EnvVar::literal(QStringLiteral("MODE"), QStringLiteral("prod"))};
    return p;
}

Core::Deployment &deployment(Core::Project &p, const char *env, const char *component)
{
    return *p.environment(QString::fromLatin1(env))->deployment(QString::fromLatin1(component));
}

QString s(const char *text)
{
    return QString::fromLatin1(text);
}

struct CommandRow
{
    const char *name;
    std::function<DocumentCommand *(ProjectDocument *)> make;
    std::function<void(Core::Project &)> expect; // the original project -> the one after redo()
};

} // namespace

using CommandFactory = std::function<DocumentCommand *(ProjectDocument *)>;
using ProjectEdit = std::function<void(Core::Project &)>;
Q_DECLARE_METATYPE(CommandFactory)
Q_DECLARE_METATYPE(ProjectEdit)

class TestCommands final : public QObject
{
    Q_OBJECT

private slots:
    void undoRedo_data();
    void undoRedo();
    void typingMergesIntoOneStep();
    void editBackToTheStartLeavesNoStep();
    void consecutiveMovesMerge();
    void settingsMergePerField();
    void noMergeAcrossTheSavePoint();
    void macroIsOneStep();
    void macroIsAllOrNothing();
    void renameSignalsFollowTheReferences();
    void removeSignalsEverythingItTakes();
    void refusals_data();
    void refusals();
    void oneFieldEditIsOneLineDiff_data();
    void oneFieldEditIsOneLineDiff();

private:
    const Core::Catalog m_catalog = contractCatalog();
};

void TestCommands::undoRedo_data()
{
    QTest::addColumn<CommandFactory>("make");
    QTest::addColumn<ProjectEdit>("expect");
    const QList<CommandRow> rows = {
        {"add component",
         [](ProjectDocument *d) {
             return new AddComponentCommand(d, {.id = s("queue"), .type = s("rabbitmq")});
         },
         [](Core::Project &p) { p.components.append({.id = s("queue"), .type = s("rabbitmq")}); }},
        {"add component deployed at a point",
         [](ProjectDocument *d) {
             return new AddComponentCommand(d, {.id = s("queue"), .type = s("rabbitmq")},
                                            s("staging"),
                                            {.replicas = 2, .position = QPointF(40, 80)});
         },
         [](Core::Project &p) {
             p.components.append({.id = s("queue"), .type = s("rabbitmq")});
             p.environment(s("staging"))
                 ->deployments.append(
                     {.component = s("queue"), .replicas = 2, .position = QPointF(40, 80)});
         }},
        {"remove component",
         [](ProjectDocument *d) { return new RemoveComponentCommand(d, s("api")); },
         [](Core::Project &p) {
             p.components.removeAt(2);
             for (Core::Environment &env : p.environments)
                 env.deployments.removeIf(
                     [](const Core::Deployment &dep) { return dep.component == s("api"); });
             p.connections.removeIf(
                 [](const Core::Connection &c) { return c.from == s("api") || c.to == s("api"); });
             p.groups[0].members = {s("web")};
             p.component(s("web"))->env.clear();
             deployment(p, "production", "web").envOverrides.removeFirst();
         }},
        {"rename component",
         [](ProjectDocument *d) { return new RenameComponentCommand(d, s("api"), s("orders")); },
         [](Core::Project &p) {
             p.component(s("api"))->id = s("orders");
             for (Core::Connection &c : p.connections) {
                 if (c.from == s("api"))
                     c.from = s("orders");
                 if (c.to == s("api"))
                     c.to = s("orders");
             }
             p.groups[0].members = {s("web"), s("orders")};
             for (Core::Environment &env : p.environments) {
                 if (Core::Deployment *dep = env.deployment(s("api")))
                     dep->component = s("orders");
             }
             p.component(s("web"))->env[0].component = s("orders");
             deployment(p, "production", "web").envOverrides[0].component = s("orders");
         }},
        {"set component label",
         [](ProjectDocument *d) {
             return new SetComponentFieldCommand(d, s("db"), ComponentField::Label,
                                                 s("Orders database"));
         },
         [](Core::Project &p) { p.component(s("db"))->label = s("Orders database"); }},
        {"set component ports",
         [](ProjectDocument *d) {
             return new SetComponentFieldCommand(
                 d, s("api"), ComponentField::Ports,
                 QList<Core::Port> {{8000, 0, s("TCP"), {}}, {9000, 9000, s("UDP"), s("m")}});
         },
         [](Core::Project &p) {
             p.component(s("api"))->ports
                 = {{8000, 0, s("TCP"), {}}, {9000, 9000, s("UDP"), s("m")}};
         }},
        {"set component env",
         [](ProjectDocument *d) {
             return new SetComponentFieldCommand(
                 d, s("web"), ComponentField::Env,
                 QList<Core::EnvVar> {Core::EnvVar::secretRef(s("TOKEN"), s("web-token"))});
         },
         [](Core::Project &p) {
             p.component(s("web"))->env = {Core::EnvVar::secretRef(s("TOKEN"), s("web-token"))};
         }},
        {"deploy",
         [](ProjectDocument *d) {
             return new DeployCommand(d, s("development"), {.component = s("cache")});
         },
         [](Core::Project &p) {
             p.environment(s("development"))->deployments.append({.component = s("cache")});
         }},
        {"undeploy",
         [](ProjectDocument *d) { return new UndeployCommand(d, s("production"), s("api")); },
         [](Core::Project &p) { p.environment(s("production"))->deployments.removeAt(2); }},
        {"set deployment",
         [](ProjectDocument *d) {
             Core::Deployment db = *d->project().environment(s("staging"))->deployment(s("db"));
             db.storage = 20 * Core::Quantity::Gi;
             db.backup = true;
             return new SetDeploymentCommand(d, s("staging"), db);
         },
         [](Core::Project &p) {
             deployment(p, "staging", "db").storage = 20 * Core::Quantity::Gi;
             deployment(p, "staging", "db").backup = true;
         }},
        {"set replicas",
         [](ProjectDocument *d) {
             return new SetDeploymentFieldCommand(d, s("production"), s("api"),
                                                  DeploymentField::Replicas, 5);
         },
         [](Core::Project &p) { deployment(p, "production", "api").replicas = 5; }},
        {"set cpu limit",
         [](ProjectDocument *d) {
             return new SetDeploymentFieldCommand(d, s("production"), s("api"),
                                                  DeploymentField::CpuLimit, qint64(1500));
         },
         [](Core::Project &p) { deployment(p, "production", "api").resources.cpuLimit = 1500; }},
        {"set autoscaling",
         [](ProjectDocument *d) {
             return new SetDeploymentFieldCommand(d, s("production"), s("web"),
                                                  DeploymentField::Autoscaling,
                                                  Core::Autoscaling {true, 2, 6, 60, 0});
         },
         [](Core::Project &p) {
             deployment(p, "production", "web").autoscaling = {true, 2, 6, 60, 0};
         }},
        {"set exposure",
         [](ProjectDocument *d) {
             return new SetDeploymentFieldCommand(
                 d, s("production"), s("lb"), DeploymentField::Exposure,
                 Core::Exposure {true, s("shop.example.com"), {}, true});
         },
         [](Core::Project &p) {
             deployment(p, "production", "lb").exposure = {true, s("shop.example.com"), {}, true};
         }},
        {"set mode",
         [](ProjectDocument *d) {
             return new SetDeploymentFieldCommand(
                 d, s("staging"), s("cache"), DeploymentField::Mode, Core::DeploymentMode::Cluster);
         },
         [](Core::Project &p) {
             deployment(p, "staging", "cache").mode = Core::DeploymentMode::Cluster;
         }},
        {"reset an override",
         [](ProjectDocument *d) {
             return SetDeploymentFieldCommand::resetOverride(d, s("production"), s("web"),
                                                             s("MODE"));
         },
         [](Core::Project &p) { deployment(p, "production", "web").envOverrides.removeLast(); }},
        {"move nodes",
         [](ProjectDocument *d) {
             return new MoveNodesCommand(d, s("development"),
                                         {{s("web"), QPointF(10, 20)}, {s("db"), QPointF(-5, 7)}});
         },
         [](Core::Project &p) {
             deployment(p, "development", "web").position = QPointF(10, 20);
             deployment(p, "development", "db").position = QPointF(-5, 7);
         }},
        {"add connection",
         [](ProjectDocument *d) {
             return new AddConnectionCommand(d, {s("api"), s("db"), s("Replica reads"), 5433});
         },
         [](Core::Project &p) {
             p.connections.append({s("api"), s("db"), s("Replica reads"), 5433, s("api->db.2")});
         }},
        {"remove connection",
         [](ProjectDocument *d) { return new RemoveConnectionCommand(d, s("web->api")); },
         [](Core::Project &p) { p.connections.removeAt(1); }},
        {"relabel connection",
         [](ProjectDocument *d) {
             Core::Connection c = *d->project().connection(s("api->db"));
             c.label = s("SQL (TLS)");
             c.port = 5432;
             return new SetConnectionCommand(d, c);
         },
         [](Core::Project &p) {
             p.connections[3].label = s("SQL (TLS)");
             p.connections[3].port = 5432;
         }},
        {"create group",
         [](ProjectDocument *d) {
             return new CreateGroupCommand(d, {s("edge"), s("Edge"), {s("users"), s("lb")}});
         },
         [](Core::Project &p) {
             p.groups.append({s("edge"), s("Edge"), {s("users"), s("lb")}});
         }},
        {"ungroup", [](ProjectDocument *d) { return new RemoveGroupCommand(d, s("app")); },
         [](Core::Project &p) { p.groups.removeFirst(); }},
        {"rename group",
         [](ProjectDocument *d) { return new RenameGroupCommand(d, s("data"), s("Storage")); },
         [](Core::Project &p) { p.groups[1].label = s("Storage"); }},
        {"change group members",
         [](ProjectDocument *d) {
             return new ChangeGroupMembersCommand(d, s("app"), {s("lb"), s("web")}, {s("api")});
         },
         [](Core::Project &p) {
             p.groups[0].members = {s("web"), s("lb")};
         }},
        {"add environment",
         [](ProjectDocument *d) {
             return new AddEnvironmentCommand(
                 d, {.id = s("qa"), .platform = Core::Platform::Kubernetes}, 1);
         },
         [](Core::Project &p) {
             p.environments.insert(1, {.id = s("qa"), .platform = Core::Platform::Kubernetes});
         }},
        {"duplicate environment",
         [](ProjectDocument *d) {
             return new DuplicateEnvironmentCommand(d, s("production"), s("preprod"),
                                                    s("Pre-production"));
         },
         [](Core::Project &p) {
             Core::Environment copy = *p.environment(s("production"));
             copy.id = s("preprod");
             copy.label = s("Pre-production");
             p.environments.append(copy);
         }},
        {"remove environment",
         [](ProjectDocument *d) { return new RemoveEnvironmentCommand(d, s("staging")); },
         [](Core::Project &p) { p.environments.removeAt(1); }},
        {"rename environment",
         [](ProjectDocument *d) {
             return new RenameEnvironmentCommand(d, s("development"), s("dev"));
         },
         [](Core::Project &p) { p.environments[0].id = s("dev"); }},
        {"move environment",
         [](ProjectDocument *d) { return new MoveEnvironmentCommand(d, s("production"), 0); },
         [](Core::Project &p) { p.environments.move(2, 0); }},
        {"environment settings",
         [](ProjectDocument *d) {
             Core::Environment settings = *d->project().environment(s("staging"));
             settings.platform = Core::Platform::AwsEcs;
             settings.region = s("us-east-1");
             settings.priceBook = s("aws-us-east-1");
             settings.budget.monthlyCost = 300;
             settings.usage.dataTransferOutGb = 12.5;
             settings.purpose = s("Rehearsal of releases");
             settings.deployments.clear(); // ignored: the deployments stay
             return new SetEnvironmentSettingsCommand(d, settings);
         },
         [](Core::Project &p) {
             Core::Environment &e = *p.environment(s("staging"));
             e.platform = Core::Platform::AwsEcs;
             e.region = s("us-east-1");
             e.priceBook = s("aws-us-east-1");
             e.budget.monthlyCost = 300;
             e.usage.dataTransferOutGb = 12.5;
             e.purpose = s("Rehearsal of releases");
         }},
        {"project settings",
         [](ProjectDocument *d) {
             Core::Edit::ProjectSettings settings = Core::Edit::projectSettings(d->project());
             settings.title = s("Shop 2");
             settings.currency = {s("BRL"), 5.35};
             settings.disabledRules = {s("SD-PROD-MONITORING")};
             return new SetProjectSettingsCommand(d, settings);
         },
         [](Core::Project &p) {
             p.title = s("Shop 2");
             p.currency = {s("BRL"), 5.35};
             p.disabledRules = {s("SD-PROD-MONITORING")};
         }},
    };
    for (const CommandRow &row : rows)
        QTest::addRow("%s", row.name) << CommandFactory(row.make) << ProjectEdit(row.expect);
}

// Every command: redo gives the expected project, undo gives back the original exactly, redo
// again gives the same result; and the saved file reloads to the same model.
void TestCommands::undoRedo()
{
    QFETCH(CommandFactory, make);
    QFETCH(ProjectEdit, expect);
    ProjectDocument document(m_catalog);
    const Core::Project original = richProject();
    document.reset(original);
    Core::Project expected = original;
    expect(expected);

    const Core::Status pushed = document.push(make(&document));
    QVERIFY2(pushed.ok(), qPrintable(pushed.ok() ? QString() : pushed.error().toString()));
    QCOMPARE(document.undoStack()->count(), 1);
    QCOMPARE(document.project(), expected);
    const QByteArray bytes = Core::ProjectWriter::toBytes(document.project());
    const Core::Result<Core::Project> reloaded
        = Core::ProjectReader::read(bytes, QStringLiteral("edited.yaml"), m_catalog);
    QVERIFY2(reloaded.ok(), qPrintable(reloaded.ok() ? QString() : reloaded.error().toString()));
    QCOMPARE(reloaded.value(), document.project());

    document.undoStack()->undo();
    QCOMPARE(document.project(), original);
    QVERIFY(!document.isModified());
    document.undoStack()->redo();
    QCOMPARE(document.project(), expected);
}

void TestCommands::typingMergesIntoOneStep()
{
    ProjectDocument document(m_catalog);
    document.reset(richProject());
    for (const char *label : {"O", "Or", "Ord", "Orders"})
        QVERIFY(document.push(
            new SetComponentFieldCommand(&document, s("api"), ComponentField::Label, s(label))));
    QCOMPARE(document.undoStack()->count(), 1);
    QCOMPARE(document.project().component(s("api"))->label, s("Orders"));
    // Another field, or another component, is another step.
    QVERIFY(document.push(
        new SetComponentFieldCommand(&document, s("api"), ComponentField::Image, s("x:1"))));
    QVERIFY(document.push(
        new SetComponentFieldCommand(&document, s("web"), ComponentField::Image, s("x:1"))));
    QCOMPARE(document.undoStack()->count(), 3);
    document.undoStack()->undo();
    document.undoStack()->undo();
    document.undoStack()->undo();
    QCOMPARE(document.project(), richProject());
}

void TestCommands::editBackToTheStartLeavesNoStep()
{
    ProjectDocument document(m_catalog);
    document.reset(richProject());
    const QString production = s("production");
    QVERIFY(document.push(new SetDeploymentFieldCommand(&document, production, s("api"),
                                                        DeploymentField::Replicas, 4)));
    QVERIFY(document.push(new SetDeploymentFieldCommand(&document, production, s("api"),
                                                        DeploymentField::Replicas, 3)));
    QCOMPARE(document.undoStack()->count(), 0);
    QVERIFY(!document.isModified());
    QCOMPARE(document.project(), richProject());
}

void TestCommands::consecutiveMovesMerge()
{
    ProjectDocument document(m_catalog);
    document.reset(richProject());
    const QString dev = s("development");
    for (int step = 1; step <= 5; ++step)
        QVERIFY(document.push(new MoveNodesCommand(
            &document, dev, {{s("web"), QPointF(10 * step, 0)}, {s("api"), QPointF(300, step)}})));
    QCOMPARE(document.undoStack()->count(), 1);
    // A different set of nodes is a new step.
    QVERIFY(document.push(new MoveNodesCommand(&document, dev, {{s("web"), QPointF(1, 1)}})));
    QCOMPARE(document.undoStack()->count(), 2);
    document.undoStack()->undo();
    QCOMPARE(document.project().environment(dev)->deployment(s("web"))->position, QPointF(50, 0));
    document.undoStack()->undo();
    QCOMPARE(document.project(), richProject());
}

void TestCommands::settingsMergePerField()
{
    ProjectDocument document(m_catalog);
    document.reset(richProject());
    const QString staging = s("staging");
    auto set = [&](double transfer, int retention, const QString &field) {
        Core::Environment settings = *document.project().environment(staging);
        settings.usage.dataTransferOutGb = transfer;
        settings.usage.logRetentionDays = retention;
        return document.push(new SetEnvironmentSettingsCommand(&document, settings, field));
    };
    const int retention = document.project().environment(staging)->usage.logRetentionDays;
    for (double transfer : {1.0, 12.0, 120.0})
        QVERIFY(set(transfer, retention, s("usage.dataTransferOutGb")));
    QCOMPARE(document.undoStack()->count(), 1);
    // Another figure is another step, and so is the first one again after it.
    QVERIFY(set(120, 30, s("usage.logRetentionDays")));
    QVERIFY(set(120, 31, s("usage.logRetentionDays")));
    QVERIFY(set(200, 31, s("usage.dataTransferOutGb")));
    QCOMPARE(document.undoStack()->count(), 3);
    document.undoStack()->undo();
    QCOMPARE(document.project().environment(staging)->usage.dataTransferOutGb, 120.0);
    document.undoStack()->undo();
    QCOMPARE(document.project().environment(staging)->usage.logRetentionDays, retention);
    document.undoStack()->undo();
    QCOMPARE(document.project(), richProject());
}

void TestCommands::noMergeAcrossTheSavePoint()
{
    ProjectDocument document(m_catalog);
    document.reset(richProject());
    QVERIFY(document.push(
        new SetComponentFieldCommand(&document, s("api"), ComponentField::Label, s("A"))));
    document.undoStack()->setClean(); // as save() does
    QVERIFY(document.push(
        new SetComponentFieldCommand(&document, s("api"), ComponentField::Label, s("AB"))));
    QCOMPARE(document.undoStack()->count(), 2);
    document.undoStack()->undo();
    QVERIFY(!document.isModified());
    QCOMPARE(document.project().component(s("api"))->label, s("A"));
}

void TestCommands::macroIsOneStep()
{
    ProjectDocument document(m_catalog);
    document.reset(richProject());
    QSignalSpy changed(&document, &ProjectDocument::changed);
    auto *macro = new MacroCommand(&document, s("Paste"));
    macro->add(new AddComponentCommand(&document, {.id = s("queue"), .type = s("rabbitmq")},
                                       s("production"), {.position = QPointF(900, 0)}));
    // Built before the component exists: it reads the project when it first runs.
    macro->add(new AddConnectionCommand(&document, {s("api"), s("queue"), s("AMQP"), 0}));
    macro->add(new ChangeGroupMembersCommand(&document, s("data"), {s("queue")}));
    QVERIFY(document.push(macro));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(document.undoStack()->count(), 1);
    QVERIFY(document.project().connection(s("api->queue")));
    QCOMPARE(document.project().groups[1].members.last(), s("queue"));
    const Core::Project after = document.project();
    document.undoStack()->undo();
    QCOMPARE(document.project(), richProject());
    document.undoStack()->redo();
    QCOMPARE(document.project(), after);
}

void TestCommands::macroIsAllOrNothing()
{
    ProjectDocument document(m_catalog);
    document.reset(richProject());
    auto *macro = new MacroCommand(&document, s("Rename two"));
    macro->add(new RenameComponentCommand(&document, s("api"), s("orders")));
    macro->add(new RenameComponentCommand(&document, s("web"), s("orders"))); // taken by then
    const Core::Status pushed = document.push(macro);
    QVERIFY(!pushed.ok());
    QVERIFY2(pushed.error().message.contains(s("taken")), qPrintable(pushed.error().message));
    QCOMPARE(document.project(), richProject());
    QCOMPARE(document.undoStack()->count(), 0);
}

void TestCommands::renameSignalsFollowTheReferences()
{
    ProjectDocument document(m_catalog);
    document.reset(richProject());
    QSignalSpy renamed(&document, &ProjectDocument::componentRenamed);
    QSignalSpy component(&document, &ProjectDocument::componentChanged);
    QSignalSpy deployment(&document, &ProjectDocument::deploymentChanged);
    QSignalSpy connection(&document, &ProjectDocument::connectionChanged);
    QSignalSpy group(&document, &ProjectDocument::groupChanged);
    QVERIFY(document.push(new RenameComponentCommand(&document, s("api"), s("orders"))));
    QCOMPARE(renamed.count(), 1);
    QCOMPARE(renamed.at(0).at(0).toString(), s("api"));
    QCOMPARE(renamed.at(0).at(1).toString(), s("orders"));
    QCOMPARE(component.count(), 1); // web's API_URL
    QCOMPARE(component.at(0).at(0).toString(), s("web"));
    QCOMPARE(deployment.count(), 1); // production web's API_HOST
    QCOMPARE(connection.count(), 4); // web->api, api->web, api->db, api->cache
    QCOMPARE(group.count(), 1);
    // Connection ids are stable: they keep naming the connection, not its ends.
    QVERIFY(document.project().connection(s("web->api")));
    QCOMPARE(document.project().connection(s("web->api"))->to, s("orders"));
}

void TestCommands::removeSignalsEverythingItTakes()
{
    ProjectDocument document(m_catalog);
    document.reset(richProject());
    QSignalSpy removed(&document, &ProjectDocument::componentRemoved);
    QSignalSpy undeployed(&document, &ProjectDocument::deploymentRemoved);
    QSignalSpy disconnected(&document, &ProjectDocument::connectionRemoved);
    QSignalSpy regrouped(&document, &ProjectDocument::groupChanged);
    QSignalSpy changed(&document, &ProjectDocument::changed);
    auto *command = new RemoveComponentCommand(&document, s("api"));
    QVERIFY(document.push(command));
    QCOMPARE(removed.count(), 1);
    QCOMPARE(undeployed.count(), 3);
    QCOMPARE(disconnected.count(), 4);
    QCOMPARE(regrouped.count(), 1);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(command->removed().references.size(), 2); // API_URL and API_HOST
    QSignalSpy added(&document, &ProjectDocument::componentAdded);
    QSignalSpy redeployed(&document, &ProjectDocument::deploymentAdded);
    QSignalSpy reconnected(&document, &ProjectDocument::connectionAdded);
    document.undoStack()->undo();
    QCOMPARE(added.count(), 1);
    QCOMPARE(redeployed.count(), 3);
    QCOMPARE(reconnected.count(), 4);
    QCOMPARE(document.project(), richProject());
}

void TestCommands::refusals_data()
{
    QTest::addColumn<CommandFactory>("make");
    QTest::addColumn<QString>("reason");
    const auto row = [](const char *name, CommandFactory make, const char *reason) {
        QTest::addRow("%s", name) << make << s(reason);
    };
    row(
        "taken component id",
        [](ProjectDocument *d) {
            return new AddComponentCommand(d, {.id = s("db"), .type = s("mysql")});
        },
        "already taken");
    row(
        "unknown type",
        [](ProjectDocument *d) {
            return new AddComponentCommand(d, {.id = s("x"), .type = s("mainframe")});
        },
        "unknown component type");
    row(
        "bad rename",
        [](ProjectDocument *d) { return new RenameComponentCommand(d, s("api"), s("Orders API")); },
        "not a valid component id");
    row(
        "bad variable name",
        [](ProjectDocument *d) {
            return new SetComponentFieldCommand(
                d, s("api"), ComponentField::Env,
                QList<Core::EnvVar> {Core::EnvVar::literal(s("1X"), s("v"))});
        },
        "not a valid environment variable name");
    row(
        "dangling reference",
        [](ProjectDocument *d) {
            return new SetComponentFieldCommand(
                d, s("api"), ComponentField::Env,
                QList<Core::EnvVar> {Core::EnvVar::reference(s("X"), s("ghost"))});
        },
        "does not exist");
    row(
        "port out of range",
        [](ProjectDocument *d) {
            return new SetComponentFieldCommand(d, s("api"), ComponentField::Ports,
                                                QList<Core::Port> {{70000, 0, s("TCP"), {}}});
        },
        "between 1 and 65535");
    row(
        "negative replicas",
        [](ProjectDocument *d) {
            return new SetDeploymentFieldCommand(d, s("production"), s("api"),
                                                 DeploymentField::Replicas, -1);
        },
        "between 0 and 10000");
    row(
        "wrong kind of value",
        [](ProjectDocument *d) {
            return new SetDeploymentFieldCommand(d, s("production"), s("api"),
                                                 DeploymentField::Replicas, true);
        },
        "wrong kind of value");
    row(
        "relative exposure path",
        [](ProjectDocument *d) {
            return new SetDeploymentFieldCommand(d, s("production"), s("lb"),
                                                 DeploymentField::Exposure,
                                                 Core::Exposure {true, {}, s("api"), false});
        },
        "starts with '/'");
    row(
        "self connection",
        [](ProjectDocument *d) {
            return new AddConnectionCommand(d, {s("api"), s("api"), {}, 0});
        },
        "cannot connect to itself");
    row(
        "deploy twice",
        [](ProjectDocument *d) {
            return new DeployCommand(d, s("production"), {.component = s("api")});
        },
        "already deployed");
    row(
        "group of a ghost",
        [](ProjectDocument *d) {
            return new CreateGroupCommand(d, {s("g"), {}, {s("ghost")}});
        },
        "unknown component");
    row(
        "environment id taken",
        [](ProjectDocument *d) {
            return new DuplicateEnvironmentCommand(d, s("production"), s("staging"), {});
        },
        "already taken");
    row(
        "negative budget",
        [](ProjectDocument *d) {
            Core::Environment settings = *d->project().environment(s("staging"));
            settings.budget.monthlyCost = -5;
            return new SetEnvironmentSettingsCommand(d, settings);
        },
        "must not be negative");
    row(
        "bad project name",
        [](ProjectDocument *d) {
            Core::Edit::ProjectSettings settings = Core::Edit::projectSettings(d->project());
            settings.name = s("My Shop");
            return new SetProjectSettingsCommand(d, settings);
        },
        "not a valid project name");
}

void TestCommands::refusals()
{
    QFETCH(CommandFactory, make);
    QFETCH(QString, reason);
    ProjectDocument document(m_catalog);
    document.reset(richProject());
    QSignalSpy changed(&document, &ProjectDocument::changed);
    const Core::Status pushed = document.push(make(&document));
    QVERIFY(!pushed.ok());
    QVERIFY2(pushed.error().message.contains(reason), qPrintable(pushed.error().toString()));
    QCOMPARE(document.project(), richProject());
    QCOMPARE(document.undoStack()->count(), 0);
    QCOMPARE(changed.count(), 0);
}

void TestCommands::oneFieldEditIsOneLineDiff_data()
{
    QTest::addColumn<QString>("example");
    const QDir examples(QStringLiteral(STACKDRAFT_SOURCE_DIR "/examples"));
    for (const QString &file :
         examples.entryList({QStringLiteral("*.stackdraft.yaml")}, QDir::Files, QDir::Name))
        QTest::addRow("%s", qPrintable(file)) << examples.filePath(file);
}

// Lines that differ between two texts once their common head and tail are set aside.
static qsizetype changedLines(const QByteArray &a, const QByteArray &b)
{
    const QList<QByteArray> x = a.split('\n');
    const QList<QByteArray> y = b.split('\n');
    qsizetype head = 0;
    while (head < x.size() && head < y.size() && x[head] == y[head])
        ++head;
    qsizetype tail = 0;
    while (tail < x.size() - head && tail < y.size() - head
           && x[x.size() - 1 - tail] == y[y.size() - 1 - tail])
        ++tail;
    return std::max(x.size(), y.size()) - head - tail;
}

// Every example: load, one edit of one field, save — the file differs in exactly one line, for
// each kind of edit the inspector and the canvas make.
void TestCommands::oneFieldEditIsOneLineDiff()
{
    QFETCH(QString, example);
    ProjectDocument document(m_catalog);
    QVERIFY(document.load(example));
    const QByteArray original = Core::ProjectWriter::toBytes(document.project());
    // A deployment written as a block (one with every default is written `id: {}`, and its first
    // setting turns that line into two).
    const Core::Environment &env = document.project().environments.last();
    const auto block = std::find_if(
        env.deployments.cbegin(), env.deployments.cend(),
        [](const Core::Deployment &d) { return d != Core::Deployment {.component = d.component}; });
    QVERIFY(block != env.deployments.cend());
    const Core::Deployment &d = *block;
    const Core::Connection &c = document.project().connections.first();
    const QList<DocumentCommand *> edits = {
        new SetComponentFieldCommand(&document, d.component, ComponentField::Label,
                                     s("Edited label")),
        new MoveNodesCommand(&document, env.id, {{d.component, d.position + QPointF(24, 0)}}),
        new SetDeploymentFieldCommand(&document, env.id, d.component, DeploymentField::Backup,
                                      !d.backup),
        new SetConnectionCommand(&document, {c.from, c.to, s("Edited"), c.port, c.id}),
        new RenameGroupCommand(&document, document.project().groups.first().id, s("Edited")),
    };
    for (DocumentCommand *edit : edits) {
        const QString name = edit->text();
        QVERIFY2(document.push(edit), qPrintable(name));
        const QByteArray bytes = Core::ProjectWriter::toBytes(document.project());
        QVERIFY2(changedLines(original, bytes) == 1, qPrintable(name + QLatin1Char('\n') + bytes));
        document.undoStack()->undo();
        QCOMPARE(Core::ProjectWriter::toBytes(document.project()), original);
    }
}

QTEST_GUILESS_MAIN(TestCommands)
#include "tst_commands.moc"
