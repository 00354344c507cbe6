#include "core/catalog/catalog.h"
#include "core/cost/pricebooks.h"
#include "core/export/exporterregistry.h"
#include "core/model/project.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Stackdraft::Core;

class TestExporterRegistry final : public QObject
{
    Q_OBJECT

private slots:
    void sortedById();
    void generate_data();
    void generate();
    void conflictingPathsAreAnError();
    void brokenPluginIsReported();
    void standardDirectoriesIncludeBuildTree();
};

// Writes "<id>/<env>.txt" for each environment on `platform`.
class FakeExporter final : public Exporter
{
public:
    FakeExporter(QString id, Platform platform, QString path = {})
        : m_id(std::move(id))
        , m_platform(platform)
        , m_path(std::move(path))
    {
    }
    QString id() const override { return m_id; }
    QString name() const override { return m_id; }
    bool appliesTo(const Environment &env) const override { return env.platform == m_platform; }
    Result<ExportSet> generate(const Project &project, const ExportRequest &request) const override
    {
        ExportSet set;
        for (const Environment &env : project.environments) {
            if (!appliesTo(env)
                || (!request.environment.isEmpty() && request.environment != env.id))
                continue;
            set.add(m_path.isEmpty() ? m_id + QLatin1Char('/') + env.id + QStringLiteral(".txt")
                                     : m_path,
                    request.catalog ? "catalog" : "none");
        }
        return set;
    }

private:
    QString m_id;
    Platform m_platform;
    QString m_path;
};

static Project twoEnvironments()
{
    Project p;
    p.name = QStringLiteral("shop");
    p.environments = {Environment {.id = QStringLiteral("dev"), .platform = Platform::Compose},
                      Environment {.id = QStringLiteral("prod"), .platform = Platform::Kubernetes}};
    return p;
}

void TestExporterRegistry::sortedById()
{
    ExporterRegistry registry;
    registry.add(std::make_shared<FakeExporter>(QStringLiteral("k8s"), Platform::Kubernetes));
    registry.add(std::make_shared<FakeExporter>(QStringLiteral("compose"), Platform::Compose));
    registry.add(
        std::make_shared<FakeExporter>(QStringLiteral("k8s"), Platform::Compose)); // shadowed
    QCOMPARE(registry.ids(), (QStringList {QStringLiteral("compose"), QStringLiteral("k8s")}));
    QVERIFY(registry.exporter(QStringLiteral("k8s"))
                ->appliesTo(Environment {.platform = Platform::Kubernetes}));
    QVERIFY(!registry.exporter(QStringLiteral("nope")));
}

void TestExporterRegistry::generate_data()
{
    QTest::addColumn<QString>("env");
    QTest::addColumn<QStringList>("formats");
    QTest::addColumn<QStringList>("paths"); // empty: an error containing `error`
    QTest::addColumn<QString>("error");
    QTest::addRow("everything") << QString() << QStringList()
                                << QStringList {"compose/dev.txt", "k8s/prod.txt"} << QString();
    QTest::addRow("one env") << "prod" << QStringList() << QStringList {"k8s/prod.txt"}
                             << QString();
    QTest::addRow("one format") << QString() << QStringList {"compose"}
                                << QStringList {"compose/dev.txt"} << QString();
    QTest::addRow("unknown env") << "qa" << QStringList() << QStringList() << "qa";
    QTest::addRow("unknown format") << QString() << QStringList {"helm"} << QStringList() << "helm";
    QTest::addRow("format not for env") << "dev" << QStringList {"k8s"} << QStringList() << "dev";
}

void TestExporterRegistry::generate()
{
    QFETCH(QString, env);
    QFETCH(QStringList, formats);
    QFETCH(QStringList, paths);
    QFETCH(QString, error);
    ExporterRegistry registry;
    registry.add(std::make_shared<FakeExporter>(QStringLiteral("compose"), Platform::Compose));
    registry.add(std::make_shared<FakeExporter>(QStringLiteral("k8s"), Platform::Kubernetes));
    const Catalog catalog;
    const PriceBooks books;
    ExportRequest request {.catalog = &catalog, .priceBooks = &books, .environment = env};
    const Result<ExportSet> set = registry.generate(twoEnvironments(), request, formats);
    if (paths.isEmpty()) {
        QVERIFY(!set.ok());
        QVERIFY2(set.error().message.contains(error), qPrintable(set.error().message));
        return;
    }
    QVERIFY2(set.ok(), qPrintable(set.ok() ? QString() : set.error().message));
    QCOMPARE(set->paths(), paths);
    QCOMPARE(set->file(paths.first()), QByteArray("catalog"));
}

void TestExporterRegistry::conflictingPathsAreAnError()
{
    ExporterRegistry registry;
    registry.add(std::make_shared<FakeExporter>(QStringLiteral("a"), Platform::Compose,
                                                QStringLiteral("x")));
    registry.add(std::make_shared<FakeExporter>(QStringLiteral("b"), Platform::Compose,
                                                QStringLiteral("x")));
    const Catalog catalog;
    const PriceBooks books;
    const Result<ExportSet> set = registry.generate(
        twoEnvironments(), ExportRequest {.catalog = &catalog, .priceBooks = &books});
    QVERIFY(!set.ok());
    QVERIFY(set.error().message.contains(QLatin1String("'x'")));
}

void TestExporterRegistry::brokenPluginIsReported()
{
    QTemporaryDir dir;
    const QString fake = dir.path() + QStringLiteral("/libbroken.so");
    {
        QFile f(fake);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("not an ELF file");
    }
    ExporterRegistry registry;
    registry.addDirectory(dir.path());
    QCOMPARE(registry.errors().size(), 1);
    QCOMPARE(registry.errors().first().file, fake);
    QVERIFY(registry.ids().isEmpty());
    registry.addDirectory(dir.path() + QStringLiteral("/missing")); // absent directories are fine
    QCOMPARE(registry.errors().size(), 1);
}

void TestExporterRegistry::standardDirectoriesIncludeBuildTree()
{
    const QStringList dirs = ExporterRegistry::standardDirectories();
    QVERIFY(dirs.contains(QStringLiteral(STACKDRAFT_BINARY_DIR "/plugins")));
    qputenv("STACKDRAFT_PLUGIN_PATH", "/opt/a:/opt/b");
    const QStringList withEnv = ExporterRegistry::standardDirectories();
    qunsetenv("STACKDRAFT_PLUGIN_PATH");
    QCOMPARE(withEnv.mid(0, 2), (QStringList {QStringLiteral("/opt/a"), QStringLiteral("/opt/b")}));
}

QTEST_GUILESS_MAIN(TestExporterRegistry)
#include "tst_exporterregistry.moc"
