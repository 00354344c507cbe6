#include "core/catalog/catalog.h"
#include "core/catalog/catalogstrings.h"
#include "core/model/quantity.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace Stackdraft::Core;

class TestCatalog final : public QObject
{
    Q_OBJECT

private slots:
    void bundledLoadsCleanly();
    void contractTypes_data();
    void contractTypes();
    void bundledTypes_data();
    void bundledTypes();
    void iconsAreSvgTiny_data();
    void iconsAreSvgTiny();
    void labelsAreMarkedForTranslation();
    void translatedLabelUsesCatalogContext();
    void handlesAreSortedAndUnknownIsInvalid();
    void templateFields_data();
    void templateFields();
    void userDirectoryOverridesAndExtends();
    void userDirectoriesFromEnvironment();
    void badFileIsSkippedOthersLoad();
    void malformed_data();
    void malformed();
};

static QStringList bundledIds()
{
    return Catalog::load({}).ids();
}

// Realisations that run a container image we pull.
static bool runsContainer(const ComponentType &type)
{
    static const QStringList containerKinds
        = {QStringLiteral("container"), QStringLiteral("deployment"), QStringLiteral("statefulset"),
           QStringLiteral("fargate")};
    for (const QString &kind : type.data().realisation) {
        if (containerKinds.contains(kind))
            return true;
    }
    return false;
}

void TestCatalog::bundledLoadsCleanly()
{
    const Catalog catalog = Catalog::load({});
    for (const Error &error : catalog.errors())
        qWarning().noquote() << error.toString();
    QVERIFY(catalog.errors().isEmpty());
    // One file per entry: as many types as files, so no file silently shadows another.
    const QStringList files
        = QDir(QLatin1String(Catalog::BundledDirectory)).entryList({QStringLiteral("*.yaml")});
    QCOMPARE(catalog.types().size(), files.size());
    for (const QString &file : files)
        QVERIFY2(catalog.contains(QFileInfo(file).completeBaseName()), qPrintable(file));
}

void TestCatalog::contractTypes_data()
{
    // The ids other parts of Stackdraft code against; more may exist.
    QTest::addColumn<QString>("id");
    for (const char *id : {"end-users",
                           "cdn",
                           "waf",
                           "load-balancer",
                           "api-gateway",
                           "web-frontend",
                           "backend-service",
                           "worker",
                           "mysql",
                           "postgresql",
                           "mongodb",
                           "redis",
                           "rabbitmq",
                           "elasticsearch",
                           "object-storage",
                           "prometheus",
                           "grafana",
                           "log-pipeline",
                           "alertmanager",
                           "jaeger",
                           "kibana",
                           "admin-ui",
                           "external-service"})
        QTest::addRow("%s", id) << QString::fromLatin1(id);
}

void TestCatalog::contractTypes()
{
    QFETCH(QString, id);
    QVERIFY(Catalog::standard().type(id).isValid());
}

void TestCatalog::bundledTypes_data()
{
    QTest::addColumn<QString>("id");
    for (const QString &id : bundledIds())
        QTest::addRow("%s", qPrintable(id)) << id;
}

void TestCatalog::bundledTypes()
{
    QFETCH(QString, id);
    const ComponentType type = Catalog::load({}).type(id);
    const ComponentTypeData &d = type.data();
    QVERIFY(type.isValid());
    QCOMPARE(type.id(), id);
    QVERIFY(!d.label.isEmpty());
    QVERIFY(!d.description.isEmpty());
    QCOMPARE(d.icon,
             QStringLiteral(":/stackdraft/icons/%1.svg").arg(id)); // each bundled type has its own
    QVERIFY(QFile::exists(d.icon));

    for (const char *platform : {"compose", "kubernetes", "aws-ecs"})
        QVERIFY2(!type.realisation(QLatin1String(platform)).isEmpty(), platform);

    if (runsContainer(type)) {
        // A pinned image: a tag that is not "latest".
        static const QRegularExpression pinned(QStringLiteral("^[a-z0-9./_-]+:[A-Za-z0-9._-]+$"));
        QVERIFY2(pinned.match(d.defaultImage).hasMatch(), qPrintable(d.defaultImage));
        QVERIFY(!d.defaultImage.endsWith(QLatin1String(":latest")));
        QVERIFY(d.defaultResources.cpuRequest > 0);
        QVERIFY(d.defaultResources.memoryRequest > 0);
        QVERIFY(d.minimumResources.cpuRequest > 0);
        QVERIFY(d.minimumResources.memoryRequest > 0);
    } else {
        QVERIFY(d.external || d.defaultImage.isEmpty());
    }
    QVERIFY(d.minimumResources.cpuRequest <= d.defaultResources.cpuRequest);
    QVERIFY(d.minimumResources.memoryRequest <= d.defaultResources.memoryRequest);
    if (d.defaultResources.cpuLimit > 0)
        QVERIFY(d.defaultResources.cpuRequest <= d.defaultResources.cpuLimit);
    if (d.defaultResources.memoryLimit > 0)
        QVERIFY(d.defaultResources.memoryRequest <= d.defaultResources.memoryLimit);

    if (d.stateful && runsContainer(type)) {
        QVERIFY(d.defaultStorage > 0);
        QVERIFY(d.dataPath.startsWith(QLatin1Char('/')));
    }
    if (d.dataStore)
        QVERIFY(!d.entryPoint);

    for (const TypeEnvVar &var : d.env) {
        if (var.secret)
            QVERIFY2(var.value.isEmpty(), qPrintable(var.name));
        QCOMPARE(d.requiredEnv.contains(var.name), var.required);
        QCOMPARE(d.secretEnv.contains(var.name), var.secret);
    }

    QCOMPARE(d.urlTemplate.isEmpty(), d.urlEnvName.isEmpty());
    for (const QString &field : ComponentType::templateFields(d.urlTemplate)) {
        const bool resolvable = ComponentType::builtinTemplateFields().contains(field)
            || d.urlDefaults.contains(field) || d.urlFieldEnv.contains(field);
        QVERIFY2(resolvable, qPrintable(field));
    }
    for (const QString &envName : d.urlFieldEnv)
        QVERIFY2(type.envVar(envName) != nullptr, qPrintable(envName));
    // A secret field must come from a secret variable, never from a literal default.
    if (d.urlFieldEnv.contains(QStringLiteral("password"))) {
        QVERIFY(type.envVar(d.urlFieldEnv.value(QStringLiteral("password")))->secret);
        QVERIFY(!d.urlDefaults.contains(QStringLiteral("password")));
    }

    QVERIFY(d.healthPath.isEmpty() || d.healthCommand.isEmpty());
    if (!d.healthPath.isEmpty())
        QVERIFY(!d.defaultPorts.isEmpty());

    QStringList union_;
    for (const QStringList &keys : d.platformPriceKeys) {
        for (const QString &key : keys) {
            QVERIFY2(QRegularExpression(QStringLiteral("^[a-z0-9_]+$")).match(key).hasMatch(),
                     qPrintable(key));
            if (!union_.contains(key))
                union_.append(key);
        }
    }
    union_.sort();
    QCOMPARE(d.priceKeys, union_);
}

void TestCatalog::iconsAreSvgTiny_data()
{
    QTest::addColumn<QString>("path");
    const QDir dir(QLatin1String(Catalog::BundledIconDirectory));
    for (const QString &file : dir.entryList({QStringLiteral("*.svg")}))
        QTest::addRow("%s", qPrintable(file)) << dir.filePath(file);
}

void TestCatalog::iconsAreSvgTiny()
{
    QFETCH(QString, path);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    // QtSvg renders SVG Tiny 1.2 only: these would be silently dropped or break the icon.
    static const QStringList forbidden
        = {QStringLiteral("filter"),   QStringLiteral("mask"),          QStringLiteral("style"),
           QStringLiteral("clipPath"), QStringLiteral("foreignObject"), QStringLiteral("image"),
           QStringLiteral("pattern")};
    bool sawRoot = false;
    int shapes = 0;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        const QString name = xml.name().toString();
        if (!sawRoot) {
            QCOMPARE(name, QStringLiteral("svg"));
            QCOMPARE(xml.attributes().value(QLatin1String("viewBox")).toString(),
                     QStringLiteral("0 0 48 48"));
            sawRoot = true;
            continue;
        }
        QVERIFY2(!forbidden.contains(name), qPrintable(name));
        QVERIFY2(!xml.attributes().hasAttribute(QLatin1String("class")), qPrintable(name));
        QVERIFY2(!xml.attributes().hasAttribute(QLatin1String("style")), qPrintable(name));
        ++shapes;
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QVERIFY(sawRoot);
    QVERIFY(shapes >= 2); // the tile and at least one glyph shape
}

void TestCatalog::labelsAreMarkedForTranslation()
{
    const QStringList marked = CatalogStrings::all();
    const Catalog catalog = Catalog::load({});
    for (const ComponentType &type : catalog.types()) {
        QVERIFY2(marked.contains(type.label()), qPrintable(type.label()));
        QVERIFY2(marked.contains(type.description()), qPrintable(type.description()));
        for (const TypeEnvVar &var : type.data().env) {
            if (!var.description.isEmpty())
                QVERIFY2(marked.contains(var.description), qPrintable(var.description));
        }
        QCOMPARE(type.translatedLabel(), type.label()); // no translator installed: the English
        const QString category = CatalogStrings::categoryLabel(type.category());
        QVERIFY2(category != type.category(), qPrintable(type.category())); // each has a label
    }
}

// Answers every "Catalog" string with a marked copy, so the test sees which context is asked.
class MarkingTranslator final : public QTranslator
{
public:
    bool isEmpty() const override { return false; }
    QString translate(const char *context, const char *sourceText, const char *, int) const override
    {
        if (qstrcmp(context, "Catalog") != 0)
            return {};
        return QStringLiteral("<%1>").arg(QString::fromUtf8(sourceText));
    }
};

void TestCatalog::translatedLabelUsesCatalogContext()
{
    const ComponentType type = Catalog::load({}).types().value(0);
    QVERIFY(type.isValid());
    MarkingTranslator translator;
    QVERIFY(QCoreApplication::installTranslator(&translator));
    const QString label = type.translatedLabel();
    const QString description = type.translatedDescription();
    const QString category = CatalogStrings::categoryLabel(type.category());
    QCoreApplication::removeTranslator(&translator);
    QCOMPARE(label, QStringLiteral("<%1>").arg(type.label()));
    QCOMPARE(description, QStringLiteral("<%1>").arg(type.description()));
    QVERIFY(category.startsWith(QLatin1Char('<')));
}

void TestCatalog::handlesAreSortedAndUnknownIsInvalid()
{
    const Catalog &catalog = Catalog::standard();
    QStringList sorted = catalog.ids();
    sorted.sort();
    QCOMPARE(catalog.ids(), sorted);
    QVERIFY(!catalog.ids().isEmpty());

    const ComponentType unknown = catalog.type(QStringLiteral("no-such-type"));
    QVERIFY(!unknown.isValid());
    QVERIFY(!catalog.contains(QStringLiteral("no-such-type")));
    QVERIFY(unknown.id().isEmpty());
    QVERIFY(unknown.translatedLabel().isEmpty());
    QVERIFY(unknown.realisation(QStringLiteral("compose")).isEmpty());
    QVERIFY(unknown.envVar(QStringLiteral("X")) == nullptr);
    QVERIFY(!ComponentType().isValid());

    QStringList categories = catalog.categories();
    QVERIFY(!categories.isEmpty());
    int inCategories = 0;
    for (const QString &category : categories)
        inCategories += catalog.typesInCategory(category).size();
    QCOMPARE(inCategories, catalog.types().size());
}

void TestCatalog::templateFields_data()
{
    QTest::addColumn<QString>("urlTemplate");
    QTest::addColumn<QStringList>("fields");
    QTest::addRow("none") << QStringLiteral("http://example.com") << QStringList();
    QTest::addRow("host port") << QStringLiteral("redis://{host}:{port}")
                               << QStringList {QStringLiteral("host"), QStringLiteral("port")};
    QTest::addRow("repeat kept once")
        << QStringLiteral("{a}-{b}-{a}") << QStringList {QStringLiteral("a"), QStringLiteral("b")};
    QTest::addRow("not a field") << QStringLiteral("x{1a}{ b}{c}")
                                 << QStringList {QStringLiteral("c")};
}

void TestCatalog::templateFields()
{
    QFETCH(QString, urlTemplate);
    QFETCH(QStringList, fields);
    QCOMPARE(ComponentType::templateFields(urlTemplate), fields);
}

static void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(bytes), qint64(bytes.size()));
}

void TestCatalog::userDirectoryOverridesAndExtends()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    writeFile(dir.filePath(QStringLiteral("mysql.yaml")),
              "id: mysql\nlabel: Company MySQL\ncategory: data\nimage: "
              "registry.example.com/mysql:8.0.36\n");
    writeFile(dir.filePath(QStringLiteral("queue.svg")),
              "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 48 48\"><rect width=\"48\" "
              "height=\"48\"/></svg>");
    writeFile(
        dir.filePath(QStringLiteral("streams.yaml")),
        "id: kafka\nlabel: Kafka\ncategory: streaming\nicon: queue.svg\nimage: apache/kafka:3.7.0\n"
        "ports: [9092]\nstateful: true\nstorage: {size: 20Gi, path: /var/lib/kafka}\n"
        "offers: {env: KAFKA_BOOTSTRAP, url: \"{host}:{port}\"}\n"
        "realisation: {compose: container, kubernetes: statefulset, aws-ecs: msk}\n"
        "---\n"
        "id: zz-custom\nlabel: Custom\ncategory: compute\n");

    const Catalog bundled = Catalog::load({});
    const Catalog catalog = Catalog::load({dir.path()});
    QVERIFY(catalog.errors().isEmpty());
    QCOMPARE(catalog.types().size(), bundled.types().size() + 2);

    const ComponentType mysql = catalog.type(QStringLiteral("mysql"));
    QCOMPARE(mysql.label(), QStringLiteral("Company MySQL"));
    QCOMPARE(mysql.defaultImage(), QStringLiteral("registry.example.com/mysql:8.0.36"));
    QCOMPARE(mysql.icon(),
             QStringLiteral(":/stackdraft/icons/mysql.svg")); // bundled icon of the same id
    QCOMPARE(mysql.data().sourceFile, dir.filePath(QStringLiteral("mysql.yaml")));

    const ComponentType kafka = catalog.type(QStringLiteral("kafka"));
    QVERIFY(kafka.isValid());
    QCOMPARE(kafka.icon(), dir.filePath(QStringLiteral("queue.svg")));
    QCOMPARE(kafka.category(), QStringLiteral("streaming"));
    QCOMPARE(kafka.defaultPorts().value(0).container, 9092);
    QCOMPARE(kafka.data().defaultStorage, 20 * Quantity::Gi);
    QCOMPARE(kafka.realisation(QStringLiteral("aws-ecs")), QStringLiteral("msk"));
    QVERIFY(catalog.categories().contains(QStringLiteral("streaming")));

    const ComponentType custom = catalog.type(QStringLiteral("zz-custom"));
    QCOMPARE(custom.icon(), QStringLiteral(":/stackdraft/icons/component.svg")); // the generic icon
    QCOMPARE(catalog.ids().constLast(), QStringLiteral("zz-custom"));
}

void TestCatalog::userDirectoriesFromEnvironment()
{
    qputenv("STACKDRAFT_CATALOG_PATH", "/tmp/one::/tmp/two");
    const QStringList dirs = Catalog::userDirectories();
    qunsetenv("STACKDRAFT_CATALOG_PATH");
    QVERIFY(dirs.size() >= 2);
    QCOMPARE(dirs.mid(dirs.size() - 2),
             (QStringList {QStringLiteral("/tmp/one"), QStringLiteral("/tmp/two")}));
    if (dirs.size() == 3)
        QVERIFY(dirs.first().endsWith(QLatin1String("/catalog")));
}

void TestCatalog::badFileIsSkippedOthersLoad()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    writeFile(dir.filePath(QStringLiteral("a-bad.yaml")), "id: broken\nlabel: [oops\n");
    writeFile(dir.filePath(QStringLiteral("b-good.yaml")),
              "id: good-one\nlabel: Good\ncategory: compute\n");
    Catalog catalog;
    const Status status = catalog.addDirectory(dir.path());
    QVERIFY(!status.ok());
    QCOMPARE(status.error().file, dir.filePath(QStringLiteral("a-bad.yaml")));
    QVERIFY(catalog.contains(QStringLiteral("good-one")));
    QVERIFY(!catalog.contains(QStringLiteral("broken")));
    QCOMPARE(catalog.errors().size(), 1);
    QVERIFY(catalog.addDirectory(dir.filePath(QStringLiteral("missing"))).ok());
}

struct BadRow
{
    const char *name;
    const char *yaml;
    int line;
    int column;
    const char *field; // exact field path ("" when none)
    const char *message; // a fragment of the message
};

void TestCatalog::malformed_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("message");
    static constexpr BadRow rows[] = {
        {"not yaml", "id: a\nlabel: [x\n", 3, 1, "", "not valid YAML"},
        {"empty file", "", 0, 0, "", "no catalog entry"},
        {"top-level list", "- a\n- b\n", 1, 1, "", "mapping"},
        {"unknown key", "id: a\nlabel: A\ncategory: x\ncolour: red\n", 4, 1, "colour",
         "unknown key"},
        {"missing id", "label: A\ncategory: x\n", 1, 1, "id", "missing the type id"},
        {"bad id", "id: My_Type\nlabel: A\ncategory: x\n", 1, 5, "id", "not a valid type id"},
        {"missing label", "id: a\ncategory: x\n", 1, 1, "label", "missing the label"},
        {"label not text", "id: a\nlabel: {x: 1}\ncategory: x\n", 2, 8, "label", "expected text"},
        {"bad bool", "id: a\nlabel: A\ncategory: x\nstateful: maybe\n", 4, 11, "stateful",
         "true or false"},
        {"bad port", "id: a\nlabel: A\ncategory: x\nports:\n  - 70000\n", 5, 5, "ports[0]",
         "port number"},
        {"bad port key", "id: a\nlabel: A\ncategory: x\nports:\n  - {container: 80, proto: tcp}\n",
         5, 21, "ports[0].proto", "unknown key"},
        {"bad cpu", "id: a\nlabel: A\ncategory: x\nresources:\n  minimum: {cpu: lots}\n", 5, 18,
         "resources.minimum.cpu", "CPU quantity"},
        {"bad memory",
         "id: a\nlabel: A\ncategory: x\nresources:\n  default:\n    requests: {memory: 12Xi}\n", 6,
         24, "resources.default.requests.memory", "memory quantity"},
        {"minimum above default",
         "id: a\nlabel: A\ncategory: x\nresources:\n  default:\n    requests: {cpu: 100m}\n"
         "  minimum: {cpu: 200m}\n",
         5, 3, "resources.minimum.cpu", "minimum CPU"},
        {"request above limit",
         "id: a\nlabel: A\ncategory: x\nresources:\n  default:\n    requests: {memory: 1Gi}\n"
         "    limits: {memory: 512Mi}\n",
         6, 5, "resources.default.requests.memory", "above the memory limit"},
        {"relative data path", "id: a\nlabel: A\ncategory: x\nstorage: {size: 1Gi, path: data}\n",
         4, 28, "storage.path", "absolute path"},
        {"secret with value",
         "id: a\nlabel: A\ncategory: x\nenv:\n  - {name: PASS, secret: true, value: hunter2}\n", 5,
         5, "env[0].value", "cannot have a value"},
        {"duplicate env", "id: a\nlabel: A\ncategory: x\nenv:\n  - {name: A}\n  - {name: A}\n", 6,
         5, "env[1].name", "listed twice"},
        {"bad env name", "id: a\nlabel: A\ncategory: x\nenv:\n  - {name: 1ABC}\n", 5, 12,
         "env[0].name", "not a valid environment variable name"},
        {"unresolvable url field",
         "id: a\nlabel: A\ncategory: x\noffers:\n  env: A_URL\n  url: \"x://{user}@{host}\"\n", 6,
         8, "offers.url", "{user}"},
        {"offer without env", "id: a\nlabel: A\ncategory: x\noffers: {url: \"http://{host}\"}\n", 4,
         9, "offers", "both"},
        {"fromEnv undeclared",
         "id: a\nlabel: A\ncategory: x\noffers:\n  env: U\n  url: \"x://{password}@{host}\"\n"
         "  fromEnv: {password: PASS}\n",
         7, 12, "offers.fromEnv.password", "PASS"},
        {"health both", "id: a\nlabel: A\ncategory: x\nhealth: {http: /h, command: [true]}\n", 4, 9,
         "health", "not both"},
        {"health path", "id: a\nlabel: A\ncategory: x\nhealth: {http: health}\n", 4, 16,
         "health.http", "starts with '/'"},
        {"missing icon", "id: a\nlabel: A\ncategory: x\nicon: nothing-here\n", 4, 7, "icon",
         "does not exist"},
        {"wrong schema", "schema: 2\nid: a\nlabel: A\ncategory: x\n", 1, 9, "schema", "version 1"},
        {"pricing not list", "id: a\nlabel: A\ncategory: x\npricing: {aws-ecs: alb_hour}\n", 4, 20,
         "pricing.aws-ecs", "list"},
        {"duplicate key", "id: a\nlabel: A\ncategory: x\nlabel: B\n", 4, 1, "label",
         "duplicate key"},
        {"duplicate platform",
         "id: a\nlabel: A\ncategory: x\nrealisation: {compose: a, compose: b}\n", 4, 27,
         "realisation.compose", "duplicate key"},
        {"bad second document", "id: a\nlabel: A\ncategory: x\n---\nid: b\nlabel: B\n", 5, 1,
         "category", "missing the category"},
        {"unknown replication", "id: a\nlabel: A\ncategory: x\nreplication: {kubernetes: galera}\n",
         4, 27, "replication.kubernetes", "unknown replication strategy \"galera\"; known: "},
        {"kernel name", "id: a\nlabel: A\ncategory: x\nkernel: {maxmap: \"1\"}\n", 4, 18,
         "kernel.maxmap", "not a kernel setting name"},
        {"kernel value", "id: a\nlabel: A\ncategory: x\nkernel: {vm.max_map_count: lots}\n", 4, 28,
         "kernel.vm.max_map_count", "whole number"},
        {"sub path escapes",
         "id: a\nlabel: A\ncategory: x\nstorage: {size: 1Gi, path: /d, subPath: ../x}\n", 4, 41,
         "storage.subPath", "without '..'"},
        {"bad fs group",
         "id: a\nlabel: A\ncategory: x\nstorage: {size: 1Gi, path: /d, fsGroup: -1}\n", 4, 41,
         "storage.fsGroup", "group id"},
        {"unknown configuration", "id: a\nlabel: A\ncategory: x\nconfiguration: nginx\n", 4, 16,
         "configuration", "unknown configuration \"nginx\""},
    };
    for (const BadRow &row : rows)
        QTest::addRow("%s", row.name)
            << QByteArray(row.yaml) << row.line << row.column << QString::fromLatin1(row.field)
            << QString::fromLatin1(row.message);
}

void TestCatalog::malformed()
{
    QFETCH(QByteArray, yaml);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, field);
    QFETCH(QString, message);
    Catalog catalog;
    const Status status = catalog.addBytes(yaml, QStringLiteral("user/bad.yaml"));
    QVERIFY(!status.ok());
    const Error &error = status.error();
    QCOMPARE(error.file, QStringLiteral("user/bad.yaml"));
    QCOMPARE(error.field, field);
    QVERIFY2(error.message.contains(message), qPrintable(error.toString()));
    QCOMPARE(error.line, line);
    QCOMPARE(error.column, column);
    QVERIFY(catalog.types().isEmpty()); // nothing of a bad file is added
    QCOMPARE(catalog.errors().size(), 1);
}

QTEST_GUILESS_MAIN(TestCatalog)
#include "tst_catalog.moc"
