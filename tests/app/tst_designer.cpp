// Issue 9's acceptance test: starting from File > New, a person rebuilds
// examples/webot-chatflow.stackdraft.yaml with the window alone — palette, inspector, canvas
// editor, environment actions and settings dialog — saves it, and the real `stackdraft validate`
// and `stackdraft export` accept the file. The result is then compared with the example itself.
#include "app/canvaseditor.h"
#include "app/environmentactions.h"
#include "app/environmentcanvas.h"
#include "app/environmentscene.h"
#include "app/files/filecontroller.h"
#include "app/groupitem.h"
#include "app/inspector/componentform.h"
#include "app/inspector/deploymentform.h"
#include "app/inspector/envvartable.h"
#include "app/inspector/inspectorwidget.h"
#include "app/live/promotion.h"
#include "app/mainwindow.h"
#include "app/palettewidget.h"
#include "clirun.h"
#include "core/catalog/catalog.h"
#include "core/io/projectreader.h"
#include "dialoghelper.h"
#include "document/projectdocument.h"

#include <QAction>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QGroupBox>
#include <QLineEdit>
#include <QMenu>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Stackdraft;
using namespace Stackdraft::App;

namespace {

// Replaces a line edit's text the way a person does: select all, type, press Return.
void typeInto(QLineEdit *edit, const QString &text)
{
    QVERIFY(edit);
    edit->selectAll();
    QTest::keyClicks(edit, text);
    QTest::keyClick(edit, Qt::Key_Return);
}

} // namespace

class TestDesigner final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void rebuildWebotFromNew();
    void promoteIsOneUndoableStep();

private:
    // The steps, each through the widget a person would use.
    void addFromPalette(const QString &type, const QString &id, const QString &label);
    void deployFromPalette(const QString &id);
    void select(const QString &id);
    void setComponentText(const char *field, const QString &text);
    void addVariable(const QString &name, Core::EnvVar::Kind kind, const QString &value);
    void setDeploymentNumber(const QString &field, const QString &text);
    void connectCards(const QString &from, const QString &to, const QString &label);
    void group(const QStringList &members, const QString &label);
    void configureEnvironment(const QString &platformId, const QString &priceBook,
                              const QString &cpuBudget, const QString &memoryBudget);

    EnvironmentCanvas *canvas() const { return m_window->currentCanvas(); }
    Document::ProjectDocument &document() const { return *m_window->document(); }

    MainWindow *m_window = nullptr;
};

void TestDesigner::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
}

void TestDesigner::addFromPalette(const QString &type, const QString &id, const QString &label)
{
    // Double-click (or Enter) on a palette entry: a new card at the visible centre, selected.
    emit m_window->palette()->typeActivated(type);
    const QStringList selected = m_window->inspector()->componentIds();
    QCOMPARE(selected.size(), 1);
    QVERIFY(document().project().component(selected.first()));
    if (selected.first() != id)
        setComponentText("componentId", id); // renamed in the inspector: every reference follows
    setComponentText("label", label);
}

void TestDesigner::deployFromPalette(const QString &id)
{
    // The palette's "This project" section: the component is deployed in the current environment.
    emit m_window->palette()->componentActivated(id);
    QCOMPARE(m_window->inspector()->componentIds(), QStringList {id});
}

void TestDesigner::select(const QString &id)
{
    canvas()->editor()->select({id});
    QCOMPARE(m_window->inspector()->componentIds(), QStringList {id});
}

void TestDesigner::setComponentText(const char *field, const QString &text)
{
    typeInto(m_window->inspector()->componentForm()->findChild<QLineEdit *>(QLatin1String(field)),
             text);
}

void TestDesigner::addVariable(const QString &name, Core::EnvVar::Kind kind, const QString &value)
{
    auto table = [this] {
        return m_window->inspector()->componentForm()->findChild<EnvVarTable *>(
            QStringLiteral("env"));
    };
    QVERIFY(table());
    table()->addRow();
    const int row = table()->rowCount() - 1;
    // The inspector re-reads the model after every accepted edit: look the table up each time.
    table()->item(row, EnvVarTable::NameColumn)->setText(name);
    table()->setKind(row, kind);
    table()->item(row, EnvVarTable::ValueColumn)->setText(value);
}

void TestDesigner::setDeploymentNumber(const QString &field, const QString &text)
{
    typeInto(m_window->inspector()->deploymentForm()->field(field), text);
}

void TestDesigner::connectCards(const QString &from, const QString &to, const QString &label)
{
    // What releasing a drag from one card's handle over another asks for.
    canvas()->editor()->requestConnection(from, to, QPoint(10, 10));
    // When the target offers a URL the source does not read yet, a menu offers the variable.
    for (QMenu *offer : canvas()->findChildren<QMenu *>(QStringLiteral("connectionOffer"))) {
        if (!offer->isVisible())
            continue;
        offer->actions().constLast()->trigger(); // "Connect only": the variables are set already
        offer->close();
    }
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    const Core::Connection *made = nullptr;
    for (const Core::Connection &connection : document().project().connections) {
        if (connection.from == from && connection.to == to)
            made = &connection;
    }
    QVERIFY2(made,
             qPrintable(QStringLiteral("%1 -> %2 was not added: %3")
                            .arg(from, to, canvas()->editor()->lastMessage())));
    if (made->label != label) {
        const ConnectionItem *item = canvas()->environmentScene()->connectionItem(made->id);
        QVERIFY(item);
        canvas()->editor()->editConnectionLabel(item, label);
    }
}

void TestDesigner::group(const QStringList &members, const QString &label)
{
    canvas()->editor()->select(members);
    canvas()->editor()->group();
    const Core::Group &made = document().project().groups.constLast();
    QCOMPARE(made.members, members);
    const GroupItem *frame = canvas()->environmentScene()->groupItem(made.id);
    QVERIFY(frame);
    canvas()->editor()->renameGroup(frame, label);
}

void TestDesigner::configureEnvironment(const QString &platformId, const QString &priceBook,
                                        const QString &cpuBudget, const QString &memoryBudget)
{
    bool answered = false;
    DialogHelper::whenModal([&](QDialog *dialog) {
        auto *platform = dialog->findChild<QComboBox *>(QStringLiteral("platform"));
        platform->setCurrentIndex(platform->findData(platformId));
        auto *books = dialog->findChild<QComboBox *>(QStringLiteral("priceBook"));
        books->setCurrentIndex(books->findData(priceBook));
        dialog->findChild<QLineEdit *>(QStringLiteral("budgetCpu"))->setText(cpuBudget);
        dialog->findChild<QLineEdit *>(QStringLiteral("budgetMemory"))->setText(memoryBudget);
        answered = platform->currentIndex() >= 0 && books->currentIndex() >= 0;
        dialog->accept();
    });
    m_window->environmentActions()->settingsAction()->trigger();
    QVERIFY2(answered, "the settings dialog lacks the platform or the price book");
}

void TestDesigner::rebuildWebotFromNew()
{
    const auto reference = Core::ProjectReader::readFile(
        QStringLiteral(STACKDRAFT_SOURCE_DIR "/examples/webot-chatflow.stackdraft.yaml"),
        Core::Catalog::standard());
    QVERIFY(reference.ok());

    MainWindow window(Core::Catalog::standard());
    m_window = &window;
    window.show();
    QVERIFY(window.files()->newProject());
    QCOMPARE(window.environmentCount(), 1);
    QCOMPARE(window.currentEnvironmentId(), QStringLiteral("development"));

    // Development: the four services, their images, ports from the catalog, variables.
    addFromPalette(QStringLiteral("web-frontend"), QStringLiteral("frontend"),
                   QStringLiteral("Frontend (React/Vite)"));
    addFromPalette(QStringLiteral("backend-service"), QStringLiteral("backend"),
                   QStringLiteral("Backend (FastAPI)"));
    addFromPalette(QStringLiteral("mysql"), QStringLiteral("mysql"), QStringLiteral("MySQL"));
    addFromPalette(QStringLiteral("redis"), QStringLiteral("redis"), QStringLiteral("Redis"));
    if (QTest::currentTestFailed())
        return;

    select(QStringLiteral("backend"));
    setComponentText("image", QStringLiteral("python:3.11-slim"));
    addVariable(QStringLiteral("DATABASE_URL"), Core::EnvVar::Kind::Reference,
                QStringLiteral("mysql"));
    addVariable(QStringLiteral("REDIS_URL"), Core::EnvVar::Kind::Reference,
                QStringLiteral("redis"));
    addVariable(QStringLiteral("SECRET_KEY"), Core::EnvVar::Kind::Secret,
                QStringLiteral("backend-secret-key"));
    setDeploymentNumber(QStringLiteral("cpuRequest"), QStringLiteral("500m"));
    setDeploymentNumber(QStringLiteral("memoryRequest"), QStringLiteral("512Mi"));
    {
        const Core::Component *backend = document().project().component(QStringLiteral("backend"));
        QVERIFY(backend);
        const Core::EnvVar *url = backend->envVar(QStringLiteral("DATABASE_URL"));
        QVERIFY2(url && url->kind == Core::EnvVar::Kind::Reference
                     && url->component == QStringLiteral("mysql"),
                 "DATABASE_URL is not derived from mysql");
        const Core::EnvVar *secret = backend->envVar(QStringLiteral("SECRET_KEY"));
        QVERIFY(secret && secret->kind == Core::EnvVar::Kind::Secret);
    }
    select(QStringLiteral("frontend"));
    setComponentText("image", QStringLiteral("node:18-alpine"));
    addVariable(QStringLiteral("API_BASE_URL"), Core::EnvVar::Kind::Reference,
                QStringLiteral("backend"));

    connectCards(QStringLiteral("frontend"), QStringLiteral("backend"),
                 QStringLiteral("REST / WebSocket"));
    connectCards(QStringLiteral("backend"), QStringLiteral("mysql"), QStringLiteral("SQL"));
    connectCards(QStringLiteral("backend"), QStringLiteral("redis"), QStringLiteral("cache"));
    group({QStringLiteral("frontend"), QStringLiteral("backend")}, QStringLiteral("App"));
    group({QStringLiteral("mysql"), QStringLiteral("redis")}, QStringLiteral("Data Storage"));
    configureEnvironment(QStringLiteral("compose"), QStringLiteral("self-hosted"),
                         QStringLiteral("4"), QStringLiteral("8Gi"));
    if (QTest::currentTestFailed())
        return;

    // Staging: a copy of development on Kubernetes behind a load balancer.
    QVERIFY(window.environmentActions()->duplicate(QStringLiteral("development"),
                                                   QStringLiteral("staging")));
    QCOMPARE(window.currentEnvironmentId(), QStringLiteral("staging"));
    configureEnvironment(QStringLiteral("kubernetes"), QStringLiteral("aws-us-east-1"),
                         QStringLiteral("6"), QStringLiteral("12Gi"));
    addFromPalette(QStringLiteral("load-balancer"), QStringLiteral("lb"),
                   QStringLiteral("Load Balancer"));
    connectCards(QStringLiteral("lb"), QStringLiteral("frontend"), QStringLiteral("/"));
    connectCards(QStringLiteral("lb"), QStringLiteral("backend"), QStringLiteral("/api"));
    select(QStringLiteral("mysql"));
    setDeploymentNumber(QStringLiteral("storage"), QStringLiteral("10Gi"));
    if (QTest::currentTestFailed())
        return;

    // Production: a copy of staging, scaled out, with monitoring.
    QVERIFY(window.environmentActions()->duplicate(QStringLiteral("staging"),
                                                   QStringLiteral("production")));
    configureEnvironment(QStringLiteral("kubernetes"), QStringLiteral("aws-us-east-1"),
                         QStringLiteral("16"), QStringLiteral("32Gi"));
    select(QStringLiteral("backend"));
    setDeploymentNumber(QStringLiteral("replicas"), QStringLiteral("3"));
    auto *autoscaling = window.inspector()->deploymentForm()->findChild<QGroupBox *>(
        QStringLiteral("autoscaling"));
    QVERIFY(autoscaling);
    autoscaling->setChecked(true);
    setDeploymentNumber(QStringLiteral("minReplicas"), QStringLiteral("3"));
    setDeploymentNumber(QStringLiteral("maxReplicas"), QStringLiteral("10"));
    setDeploymentNumber(QStringLiteral("cpuTarget"), QStringLiteral("70"));
    addFromPalette(QStringLiteral("prometheus"), QStringLiteral("prometheus"),
                   QStringLiteral("Monitoring (Prometheus)"));
    addFromPalette(QStringLiteral("grafana"), QStringLiteral("grafana"),
                   QStringLiteral("Dashboards (Grafana)"));
    connectCards(QStringLiteral("prometheus"), QStringLiteral("backend"),
                 QStringLiteral("metrics"));
    connectCards(QStringLiteral("grafana"), QStringLiteral("prometheus"), QStringLiteral("PromQL"));
    group({QStringLiteral("prometheus"), QStringLiteral("grafana")},
          QStringLiteral("Monitoring / Logs"));
    if (QTest::currentTestFailed())
        return;

    // The whole design is one undo history: undoing everything empties the project again, and
    // redoing everything gives the same design back.
    const Core::Project built = document().project();
    QUndoStack *undo = document().undoStack();
    QVERIFY(undo->count() > 20);
    undo->setIndex(0);
    QVERIFY(document().project().components.isEmpty());
    undo->setIndex(undo->count());
    QVERIFY(document().project() == built);

    // Saved, the file is accepted by the real command line.
    QTemporaryDir directory;
    QVERIFY(directory.isValid());
    const QString file = directory.filePath(QStringLiteral("webot.stackdraft.yaml"));
    const Core::Status saved = window.files()->saveTo(file);
    QVERIFY2(saved.ok(), qPrintable(saved.ok() ? QString() : saved.error().toString()));
    QVERIFY(!document().isModified());
    int exitCode = 0;
    QString output = runCli({QStringLiteral("validate"), file}, &exitCode);
    QVERIFY2(exitCode == 0, qPrintable(output));
    output = runCli({QStringLiteral("export"), file, QStringLiteral("--out"),
                     directory.filePath(QStringLiteral("out"))},
                    &exitCode);
    QVERIFY2(exitCode == 0, qPrintable(output));
    QVERIFY(QFile::exists(directory.filePath(QStringLiteral("out/docker-compose.yml")))
            || !QDir(directory.filePath(QStringLiteral("out"))).isEmpty());

    // And it is the example's architecture: the same components and types, deployed in the same
    // environments on the same platforms, connected and grouped the same way.
    const auto reread = Core::ProjectReader::readFile(file, Core::Catalog::standard());
    QVERIFY(reread.ok());
    const Core::Project &mine = reread.value();
    const Core::Project &theirs = reference.value();
    QCOMPARE(mine.environments.size(), theirs.environments.size());
    for (const Core::Environment &environment : theirs.environments) {
        const Core::Environment *rebuilt = mine.environment(environment.id);
        QVERIFY2(rebuilt, qPrintable(environment.id));
        QCOMPARE(rebuilt->platform, environment.platform);
        QCOMPARE(rebuilt->priceBook, environment.priceBook);
        QCOMPARE(rebuilt->budget.cpu, environment.budget.cpu);
        QStringList expected, actual;
        for (const Core::Deployment &deployment : environment.deployments)
            expected << deployment.component;
        for (const Core::Deployment &deployment : rebuilt->deployments)
            actual << deployment.component;
        expected.sort();
        actual.sort();
        QCOMPARE(actual, expected);
        for (const QString &id : std::as_const(actual)) {
            QCOMPARE(mine.component(id)->type, theirs.component(id)->type);
        }
    }
    for (const QString &id : {QStringLiteral("frontend"), QStringLiteral("backend")}) {
        for (const Core::EnvVar &variable : theirs.component(id)->env) {
            const Core::EnvVar *rebuilt = mine.component(id)->envVar(variable.name);
            QVERIFY2(rebuilt, qPrintable(id + QLatin1Char('.') + variable.name));
            QCOMPARE(rebuilt->kind, variable.kind);
        }
    }
    const Core::Deployment *backend
        = mine.environment(QStringLiteral("production"))->deployment(QStringLiteral("backend"));
    const Core::Deployment *expectedBackend
        = theirs.environment(QStringLiteral("production"))->deployment(QStringLiteral("backend"));
    QCOMPARE(backend->replicas, expectedBackend->replicas);
    QCOMPARE(backend->autoscaling.minReplicas, expectedBackend->autoscaling.minReplicas);
    QCOMPARE(backend->autoscaling.maxReplicas, expectedBackend->autoscaling.maxReplicas);
    QCOMPARE(backend->autoscaling.cpuTargetPercent, expectedBackend->autoscaling.cpuTargetPercent);
    for (const Core::Connection &connection : mine.connections) {
        const bool known = std::any_of(theirs.connections.cbegin(), theirs.connections.cend(),
                                       [&](const Core::Connection &c) {
                                           return c.from == connection.from && c.to == connection.to
                                               && c.label == connection.label;
                                       });
        QVERIFY2(known, qPrintable(connection.from + QStringLiteral(" -> ") + connection.to));
    }
    QStringList groupLabels;
    for (const Core::Group &group : mine.groups)
        groupLabels << group.label;
    QCOMPARE(groupLabels,
             QStringList({QStringLiteral("App"), QStringLiteral("Data Storage"),
                          QStringLiteral("Monitoring / Logs")}));
    m_window = nullptr;
}

void TestDesigner::promoteIsOneUndoableStep()
{
    MainWindow window(Core::Catalog::standard());
    QVERIFY(window.openFile(
        QStringLiteral(STACKDRAFT_SOURCE_DIR "/examples/webot-chatflow.stackdraft.yaml")));
    Document::ProjectDocument &document = *window.document();
    const Core::Project before = document.project();
    const QList<Promotion::Difference> differences
        = Promotion::differences(before, QStringLiteral("staging"), QStringLiteral("production"));
    QList<Promotion::Difference> chosen;
    for (const Promotion::Difference &difference : differences) {
        if (difference.component == QStringLiteral("backend"))
            chosen << difference;
    }
    QVERIFY(!chosen.isEmpty());
    const int steps = document.undoStack()->count();
    QVERIFY(window.environmentActions()->promote(QStringLiteral("staging"),
                                                 QStringLiteral("production"), chosen));
    QCOMPARE(document.undoStack()->count(), steps + 1);
    const Core::Project &after = document.project();
    const Core::Deployment *staging
        = after.environment(QStringLiteral("staging"))->deployment(QStringLiteral("backend"));
    const Core::Deployment *production
        = after.environment(QStringLiteral("production"))->deployment(QStringLiteral("backend"));
    QCOMPARE(production->replicas, staging->replicas);
    QCOMPARE(production->autoscaling, staging->autoscaling);
    QVERIFY(Promotion::differences(after, QStringLiteral("staging"), QStringLiteral("production"))
                .size()
            < differences.size());
    document.undoStack()->undo();
    QVERIFY(document.project() == before);
}

QTEST_MAIN(TestDesigner)
#include "tst_designer.moc"
