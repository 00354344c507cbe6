// One truth per derived number: the same deployments fed to every reader of "what an environment
// reserves" — the status bar, `stackdraft info`, the architecture document, the budget rules, the
// exporters' workloads, the Terraform task counts and the cost report — give the same numbers as
// Core::EnvironmentTotals / Core::EffectiveDeployment.
#include "app/environmentsummary.h"
#include "core/catalog/catalog.h"
#include "core/cost/costengine.h"
#include "core/cost/fargatesizes.h"
#include "core/cost/pricebooks.h"
#include "core/derived/backupplan.h"
#include "core/derived/datavolume.h"
#include "core/derived/effectivedeployment.h"
#include "core/derived/environmenttotals.h"
#include "core/derived/realisation.h"
#include "core/export/exporterregistry.h"
#include "core/export/workload.h"
#include "core/io/projectreader.h"
#include "core/io/projectwriter.h"
#include "core/model/quantity.h"
#include "core/validation/validationengine.h"

#include <QDir>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Stackdraft;
using namespace Stackdraft::Core;

Q_DECLARE_METATYPE(Stackdraft::Core::Deployment)
Q_DECLARE_METATYPE(Stackdraft::Core::Resources)

class TestOneTruth final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void effectiveDeployment_data();
    void effectiveDeployment();
    void everyReader_data();
    void everyReader();

private:
    static Project everyTypeEverywhere();
    Project load(const QString &path) const;
    QString info(const Project &project) const;
    static QString resourceBlocks(const QString &hcl, const QString &ident);

    QTemporaryDir m_dir;
    ExporterRegistry m_registry;
};

void TestOneTruth::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_registry.addDirectory(QStringLiteral(STACKDRAFT_BINARY_DIR "/plugins"));
}

// The rule itself, field by field.
void TestOneTruth::effectiveDeployment_data()
{
    QTest::addColumn<Deployment>("deployment");
    QTest::addColumn<Resources>("expected");
    QTest::addColumn<int>("baseline");
    QTest::addColumn<int>("max");
    // backend-service defaults: requests 250m / 256Mi, limits 500m / 512Mi (resources/catalog).
    const Resources defaults
        = Catalog::standard().type(QStringLiteral("backend-service")).data().defaultResources;
    Deployment none;
    QTest::addRow("nothing set: the catalog's") << none << defaults << 1 << 1;
    Deployment cpuOnly;
    cpuOnly.resources.cpuRequest = 100;
    QTest::addRow("cpu request only")
        << cpuOnly
        << Resources {100, defaults.cpuLimit, defaults.memoryRequest, defaults.memoryLimit} << 1
        << 1;
    Deployment limitOnly;
    limitOnly.resources.memoryLimit = 2 * Quantity::Gi;
    QTest::addRow("a limit alone is also the request")
        << limitOnly
        << Resources {defaults.cpuRequest, defaults.cpuLimit, 2 * Quantity::Gi, 2 * Quantity::Gi}
        << 1 << 1;
    Deployment above;
    above.resources.cpuRequest = 4000;
    QTest::addRow("a catalog limit is raised to the request")
        << above << Resources {4000, 4000, defaults.memoryRequest, defaults.memoryLimit} << 1 << 1;
    Deployment scaled;
    scaled.replicas = 1;
    scaled.autoscaling = Autoscaling {true, 3, 8, 70, 0};
    QTest::addRow("autoscaling minimum raises the baseline") << scaled << defaults << 3 << 8;
    Deployment busy;
    busy.replicas = 4;
    busy.autoscaling = Autoscaling {true, 2, 6, 70, 0};
    QTest::addRow("replicas above the minimum stay") << busy << defaults << 4 << 6;
    Deployment off;
    off.replicas = 0;
    off.autoscaling = Autoscaling {false, 5, 9, 70, 0};
    QTest::addRow("a switched-off autoscaler counts nothing") << off << defaults << 1 << 1;
}

void TestOneTruth::effectiveDeployment()
{
    QFETCH(Deployment, deployment);
    QFETCH(Resources, expected);
    QFETCH(int, baseline);
    QFETCH(int, max);
    const EffectiveDeployment e = EffectiveDeployment::of(
        Catalog::standard().type(QStringLiteral("backend-service")), deployment);
    QCOMPARE(e.resources, expected);
    QCOMPARE(e.baselineReplicas, baseline);
    QCOMPARE(e.maxReplicas, max);
    QCOMPARE(e.reservedCpu(), expected.effectiveCpu() * baseline);
}

// Every bundled catalog type on every platform, with a different way of leaving things out each.
Project TestOneTruth::everyTypeEverywhere()
{
    Project p;
    p.name = QStringLiteral("every-type");
    const QList<ComponentType> types = Catalog::standard().types();
    for (const ComponentType &type : types)
        p.components.append(Component {.id = type.id() + QLatin1String("-x"), .type = type.id()});
    const QList<std::pair<QString, Platform>> platforms
        = {{QStringLiteral("dev"), Platform::Compose},
           {QStringLiteral("stage"), Platform::Kubernetes},
           {QStringLiteral("prod"), Platform::AwsEcs}};
    int n = 0;
    for (const auto &[id, platform] : platforms) {
        Environment env {.id = id, .platform = platform};
        env.region = platform == Platform::Compose ? QString() : QStringLiteral("us-east-1");
        for (const Component &c : std::as_const(p.components)) {
            Deployment d {.component = c.id};
            switch (n++ % 6) {
            case 0:
                break; // the catalog's defaults
            case 1:
                d.resources = {300, 0, 0, 0}; // CPU request only
                d.replicas = 2;
                d.backup = true; // the platform's default policy
                break;
            case 2:
                d.resources = {0, 1000, 0, 768 * Quantity::Mi}; // limits only
                break;
            case 3:
                d.autoscaling = Autoscaling {true, 3, 7, 70, 0};
                d.resources = {500, 1000, 512 * Quantity::Mi, Quantity::Gi};
                d.backup = true;
                d.backupPolicy = BackupPolicy {QStringLiteral("0 */12 * * *"), 10};
                break;
            case 4:
                d.replicas = 3;
                d.mode = DeploymentMode::Replicated;
                d.resources = {2000, 0, 8 * Quantity::Gi, 0};
                break;
            case 5:
                d.mode = DeploymentMode::Managed;
                d.storage = 50 * Quantity::Gi;
                break;
            }
            env.deployments.append(d);
        }
        p.environments.append(env);
    }
    return p;
}

void TestOneTruth::everyReader_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("environment");
    const QString generated = m_dir.filePath(QStringLiteral("every-type.stackdraft.yaml"));
    QVERIFY(ProjectWriter::writeFile(everyTypeEverywhere(), generated));
    QStringList files {generated};
    const QDir examples(QStringLiteral(STACKDRAFT_SOURCE_DIR "/examples"));
    for (const QString &name :
         examples.entryList({QStringLiteral("*.stackdraft.yaml")}, QDir::Files, QDir::Name))
        files << examples.filePath(name);
    for (const QString &file : std::as_const(files)) {
        for (const Environment &env : load(file).environments)
            QTest::addRow("%s %s", qPrintable(QFileInfo(file).baseName()), qPrintable(env.id))
                << file << env.id;
    }
}

Project TestOneTruth::load(const QString &path) const
{
    Result<Project> project = ProjectReader::readFile(path, Catalog::standard());
    if (!project)
        qFatal("cannot read %s: %s", qPrintable(path), qPrintable(project.error().toString()));
    return project.value();
}

// The top-level blocks of `hcl` named `ident` (`resource "aws_docdb_cluster" "catalog_db" {`).
QString TestOneTruth::resourceBlocks(const QString &hcl, const QString &ident)
{
    QString blocks;
    const QString header = QStringLiteral(" \"%1\" {\n").arg(ident);
    for (qsizetype at = hcl.indexOf(header); at >= 0; at = hcl.indexOf(header, at + 1)) {
        const qsizetype end = hcl.indexOf(QLatin1String("\n}\n"), at);
        blocks += hcl.mid(at, end < 0 ? -1 : end - at);
    }
    return blocks;
}

QString TestOneTruth::info(const Project &project) const
{
    const QString path = m_dir.filePath(QStringLiteral("info.stackdraft.yaml"));
    if (!ProjectWriter::writeFile(project, path))
        return {};
    QProcess process;
    process.start(QStringLiteral(STACKDRAFT_BINARY_DIR "/src/app/stackdraft"),
                  {QStringLiteral("info"), path});
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        return {};
    return QString::fromUtf8(process.readAllStandardOutput());
}

void TestOneTruth::everyReader()
{
    QFETCH(QString, file);
    QFETCH(QString, environment);
    const Catalog &catalog = Catalog::standard();
    Project project = load(file);
    Environment &env = *std::find_if(project.environments.begin(), project.environments.end(),
                                     [&](const Environment &e) { return e.id == environment; });
    const EnvironmentTotals totals = EnvironmentTotals::of(project, env, catalog);

    // The totals are what the containers the classifier finds reserve, one by one.
    qint64 cpu = 0;
    int replicas = 0;
    for (const auto &[component, deployment] : project.deployments(env)) {
        const ComponentType type = catalog.type(component->type);
        if (!Realisation::of(type, env, *deployment).runsContainers())
            continue;
        const EffectiveDeployment e = EffectiveDeployment::of(type, *deployment);
        cpu += e.cpu() * e.baselineReplicas;
        replicas += e.baselineReplicas;
    }
    QCOMPARE(totals.cpu, cpu);
    QCOMPARE(totals.replicas, replicas);

    // The status bar.
    const App::EnvironmentSummary summary = App::EnvironmentSummary::compute(project, env, catalog);
    QCOMPARE(summary.components, totals.components);
    QCOMPARE(summary.replicas, totals.replicas);
    QCOMPARE(summary.cpu, totals.cpu);
    QCOMPARE(summary.memory, totals.memory);

    // The exporters' workloads: every container they write carries the same resources and counts.
    for (const Workload &w : Workload::list(project, env, catalog)) {
        if (!w.realisation.runsContainers())
            continue;
        const EffectiveDeployment e = EffectiveDeployment::of(w.type, *w.deployment);
        QCOMPARE(w.resources, e.resources);
        QCOMPARE(w.baselineReplicas, e.baselineReplicas);
        QCOMPARE(w.storage, e.storage);
    }

    // The budget rules: a budget of exactly the totals passes, one unit less fails.
    const PriceBooks &books = PriceBooks::standard();
    auto ruleFires = [&](const QString &rule, qint64 cpuBudget, qint64 memoryBudget) {
        env.budget.cpu = cpuBudget;
        env.budget.memory = memoryBudget;
        const QList<Problem> problems
            = ValidationEngine::standard().checkEnvironment(project, env.id, catalog, books);
        return std::any_of(problems.cbegin(), problems.cend(),
                           [&](const Problem &p) { return p.ruleId == rule; });
    };
    if (totals.cpu > 1) {
        QVERIFY(!ruleFires(QStringLiteral("SD-BUDGET-CPU"), totals.cpu, 0));
        QVERIFY(ruleFires(QStringLiteral("SD-BUDGET-CPU"), totals.cpu - 1, 0));
    }
    if (totals.memory > 1) {
        QVERIFY(!ruleFires(QStringLiteral("SD-BUDGET-MEMORY"), 0, totals.memory));
        QVERIFY(ruleFires(QStringLiteral("SD-BUDGET-MEMORY"), 0, totals.memory - 1));
    }
    env.budget.cpu = 0;
    env.budget.memory = 0;

    // `stackdraft info`: the total line of this environment's block.
    const QString out = info(project);
    QVERIFY2(!out.isEmpty(), "stackdraft info failed");
    const qsizetype block = out.indexOf(QLatin1Char('\n') + env.id + QLatin1Char(' '));
    QVERIFY(block >= 0);
    const QString expectedInfo
        = QStringLiteral("total: %1 components run as containers, %2 replicas at rest, %3, %4")
              .arg(totals.components)
              .arg(totals.replicas)
              .arg(Quantity::humanCpu(totals.cpu), Quantity::humanMemory(totals.memory));
    const qsizetype total = out.indexOf(QLatin1String("  total: "), block);
    QVERIFY2(total >= 0 && out.mid(total + 2).startsWith(expectedInfo),
             qPrintable(out.mid(total, 120) + QLatin1String("\nexpected: ") + expectedInfo));

    // The architecture document: the Total row of the environment's resources table.
    ExportRequest request {.catalog = &catalog, .priceBooks = &books, .environment = env.id};
    const Result<ExportSet> exported
        = m_registry.generate(project, request, {QStringLiteral("markdown")});
    QVERIFY2(exported, exported ? "" : qPrintable(exported.error().toString()));
    const QString document
        = QString::fromUtf8(exported.value().file(QStringLiteral("docs/ARCHITECTURE.md")));
    auto pair = [](qint64 request, qint64 limit, QString (*human)(qint64)) {
        if (request <= 0 && limit <= 0)
            return QStringLiteral("—");
        return QStringLiteral("%1 / %2").arg(request > 0 ? human(request) : QStringLiteral("—"),
                                             limit > 0 ? human(limit) : QStringLiteral("—"));
    };
    const QString totalRow
        = QStringLiteral("| **Total** |  | %1 | %2 | %3 |  |")
              .arg(totals.replicas)
              .arg(pair(totals.cpu, totals.cpuLimits, Quantity::humanCpu),
                   pair(totals.memory, totals.memoryLimits, Quantity::humanMemory));
    QVERIFY2(document.contains(totalRow), qPrintable(totalRow));

    // Terraform (aws-ecs): each Fargate service starts with the baseline replica count.
    if (env.platform == Platform::AwsEcs) {
        const Result<ExportSet> tf
            = m_registry.generate(project, request, {QStringLiteral("terraform")});
        QVERIFY2(tf, tf ? "" : qPrintable(tf.error().toString()));
        QString main;
        for (auto it = tf.value().files().cbegin(); it != tf.value().files().cend(); ++it)
            main += QString::fromUtf8(it.value());
        int desired = 0;
        static const QRegularExpression count(QStringLiteral("\\bdesired_count\\s*=\\s*(\\d+)"));
        for (auto it = count.globalMatch(main); it.hasNext();)
            desired += it.next().captured(1).toInt();
        QCOMPARE(desired, totals.replicas);

        // Managed services: every instance the cost report bills is one Terraform declares, of
        // the class and count it bills, and every data service Terraform sizes has its line.
        const CostReport costs = CostEngine::estimate(project, env, catalog, books);
        const PriceBook book = books.book(costs.priceBook);
        for (const CostLine &line : costs.lines) {
            const Price price = book.price(line.priceKey);
            if (line.component.isEmpty() || !price.instance.isValid())
                continue;
            const QString ident
                = QString(line.component).replace(QLatin1Char('-'), QLatin1Char('_'));
            const QString declared = resourceBlocks(main, ident);
            QVERIFY2(declared.contains(QStringLiteral("\"%1\"").arg(price.instance.className)),
                     qPrintable(QStringLiteral("%1 is billed as %2, which Terraform does not "
                                               "declare")
                                    .arg(line.component, price.instance.className)));
        }
        for (const Workload &w : Workload::list(project, env, catalog)) {
            if (!w.realisation.isAwsDataService() || !w.size.isSized())
                continue;
            const QString ident
                = QString(w.component->id).replace(QLatin1Char('-'), QLatin1Char('_'));
            const QString declared = resourceBlocks(main, ident);
            QVERIFY2(declared.contains(QStringLiteral("\"%1\"").arg(w.size.instanceClass)),
                     qPrintable(w.component->id + QLatin1String(": ") + w.size.instanceClass));
            if (w.size.nodes > 1) {
                const QRegularExpression nodeCount(
                    QStringLiteral("\\b(count|num_cache_clusters|instance_count)\\s*=\\s*%1\\b")
                        .arg(w.size.nodes));
                QVERIFY2(nodeCount.match(declared).hasMatch()
                             || w.realisation.kind == Realisation::Kind::AmazonMq,
                         qPrintable(w.component->id + QLatin1String(": ")
                                    + QString::number(w.size.nodes) + QLatin1String(" nodes")));
            }
            const QString resource
                = QStringLiteral("%1 (%2)").arg(w.size.instanceClass, w.size.availability());
            const auto line
                = std::find_if(costs.lines.cbegin(), costs.lines.cend(), [&](const CostLine &l) {
                      return l.component == w.component->id && l.resource.toString() == resource;
                  });
            QVERIFY2(line != costs.lines.cend(),
                     qPrintable(w.component->id + QLatin1Char(' ') + resource));
            if (line->priced)
                QCOMPARE(qRound64(line->quantity),
                         qRound64(w.size.billedInstances() * costs.hoursPerMonth));
        }

        // Data volumes: every stateful container with storage keeps it on an EFS file system
        // Terraform declares, and the cost report has an EFS line for exactly those (unpriced:
        // the price facts hold no EFS price).
        QStringList stateful;
        for (const Workload &w : Workload::list(project, env, catalog)) {
            if (DataVolume::isOnEfs(w.type, w.realisation, w.storage))
                stateful << QString(w.component->id).replace(QLatin1Char('-'), QLatin1Char('_'));
        }
        QStringList built;
        static const QRegularExpression efs(
            QStringLiteral("resource \"aws_efs_file_system\" \"(\\w+)\" \\{"));
        for (auto it = efs.globalMatch(main); it.hasNext();)
            built << it.next().captured(1);
        QStringList billed;
        for (const CostLine &line : costs.lines) {
            if (!line.component.isEmpty() && line.note.toString().startsWith(QLatin1String("EFS")))
                billed << QString(line.component).replace(QLatin1Char('-'), QLatin1Char('_'));
        }
        stateful.sort();
        built.sort();
        billed.sort();
        QCOMPARE(built, stateful);
        QCOMPARE(billed, built);

        // Backups of data on EFS: every file system BackupPlan gives to AWS Backup has a selection
        // naming it, and the cost report a "backup storage" line for exactly those (unpriced: the
        // price facts hold no AWS Backup price); the vault is there exactly when one is.
        QStringList backedUp;
        for (const Workload &w : Workload::list(project, env, catalog)) {
            if (BackupPlan::of(w.type, w.realisation, *w.deployment, env.platform).method
                == BackupPlan::Method::AwsBackup)
                backedUp << QString(w.component->id).replace(QLatin1Char('-'), QLatin1Char('_'));
        }
        QStringList selected;
        static const QRegularExpression selection(
            QStringLiteral("resource \"aws_backup_selection\" \"(\\w+)\" \\{"));
        for (auto it = selection.globalMatch(main); it.hasNext();) {
            const QString ident = it.next().captured(1);
            QVERIFY2(resourceBlocks(main, ident)
                         .contains(QStringLiteral("[aws_efs_file_system.%1.arn]").arg(ident)),
                     qPrintable(ident));
            selected << ident;
        }
        QStringList backupBilled;
        for (const CostLine &line : costs.lines) {
            if (line.resource.toString() == QLatin1String("backup storage")
                && line.note.toString().startsWith(QLatin1String("AWS Backup"))) {
                QVERIFY(!line.priced);
                backupBilled << QString(line.component).replace(QLatin1Char('-'), QLatin1Char('_'));
            }
        }
        backedUp.sort();
        selected.sort();
        backupBilled.sort();
        QCOMPARE(selected, backedUp);
        QCOMPARE(backupBilled, selected);
        QCOMPARE(main.contains(QLatin1String("resource \"aws_backup_vault\" \"main\" {")),
                 !selected.isEmpty());
    }

    // The cost report (AWS books): container vCPU-hours are the baseline replicas × the Fargate
    // size that holds each container's effective request.
    const CostReport report = CostEngine::estimate(project, env, catalog, books);
    if (books.book(report.priceBook).provider() == QLatin1String("aws")) {
        double expectedVcpuHours = 0;
        for (const auto &[component, deployment] : project.deployments(env)) {
            const ComponentType type = catalog.type(component->type);
            if (!Realisation::of(type, env, *deployment).runsContainers())
                continue;
            const EffectiveDeployment e = EffectiveDeployment::of(type, *deployment);
            const auto size = FargateSizes::smallestFitting(e.cpu(), e.memory());
            const qint64 billed = size ? size->cpu : e.cpu();
            expectedVcpuHours += e.baselineReplicas * (billed / 1000.0) * report.hoursPerMonth;
        }
        double vcpuHours = 0;
        for (const CostLine &line : report.lines) {
            if (line.priced && line.priceKey.contains(QLatin1String("vcpu")))
                vcpuHours += line.quantity;
        }
        QCOMPARE(qRound64(vcpuHours * 1000), qRound64(expectedVcpuHours * 1000));
    }
}

QTEST_MAIN(TestOneTruth)
#include "tst_onetruth.moc"
