#include "core/diagram/mermaidtext.h"
#include "plugintest.h"

#include <QRegularExpression>
#include <QTest>

using namespace Stackdraft;
using namespace Stackdraft::Core;

class TestMermaidExporter final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void golden_data();
    void golden();
    void deterministic();
    void hostileLabels_data();
    void hostileLabels();
    void idsAreSafe();
    void componentsShapesAndClasses();
    void deploymentNamesRealisations_data();
    void deploymentNamesRealisations();
    void singleEnvironment();
    void unknownEnvironmentIsAnError();
    void userCategoriesGetValidStyles_data();
    void userCategoriesGetValidStyles();

private:
    ExportSet generate(const Project &project, const QString &env = {});

    Exporter *m_exporter = nullptr;
};

// Reverses MermaidText::label: the text a renderer shows for a quoted label.
static QString decode(QString quoted)
{
    quoted = quoted.mid(1, quoted.size() - 2);
    quoted.replace(QLatin1String("#quot;"), QLatin1String("\""));
    static const QRegularExpression code(QStringLiteral("#(\\d+);"));
    QString out;
    qsizetype at = 0;
    for (auto it = code.globalMatch(quoted); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        out += quoted.mid(at, m.capturedStart() - at) + QChar(m.captured(1).toInt());
        at = m.capturedEnd();
    }
    return out + quoted.mid(at);
}

// Every quoted string of a Mermaid text, in order.
static QStringList quotedStrings(const QString &text)
{
    QStringList out;
    static const QRegularExpression string(QStringLiteral("\"[^\"\\n]*\""));
    for (auto it = string.globalMatch(text); it.hasNext();)
        out << it.next().captured(0);
    return out;
}

static Project hostileProject(const QString &label)
{
    Project p;
    p.name = QStringLiteral("hostile");
    Component a {
        .id = QStringLiteral("end"), .label = label, .type = QStringLiteral("backend-service")};
    Component b {.id = QStringLiteral("db"), .label = label, .type = QStringLiteral("mysql")};
    p.components = {a, b};
    p.connections = {Connection {a.id, b.id, label, 0}};
    p.groups = {Group {QStringLiteral("graph"), label, {a.id}}};
    Environment env {
        .id = QStringLiteral("subgraph"), .label = label, .platform = Platform::Kubernetes};
    Deployment d {.component = a.id};
    d.exposure.isPublic = true;
    d.exposure.path = label;
    env.deployments = {d, Deployment {.component = b.id}};
    p.environments = {env};
    return p;
}

ExportSet TestMermaidExporter::generate(const Project &project, const QString &env)
{
    ExportRequest request;
    request.catalog = &Catalog::standard();
    request.priceBooks = &PriceBooks::standard();
    request.environment = env;
    auto set = m_exporter->generate(project, request);
    if (!set) {
        qWarning().noquote() << set.error().toString();
        return {};
    }
    return set.value();
}

void TestMermaidExporter::initTestCase()
{
    QString error;
    m_exporter = PluginTest::loadExporter(QStringLiteral("mermaid"), &error);
    QVERIFY2(m_exporter, qPrintable(error));
    QCOMPARE(m_exporter->id(), QStringLiteral("mermaid"));
}

void TestMermaidExporter::golden_data()
{
    QTest::addColumn<QString>("example");
    QTest::addRow("webot-chatflow") << QStringLiteral("webot-chatflow");
}

void TestMermaidExporter::golden()
{
    QFETCH(QString, example);
    bool ok = false;
    const Project project = PluginTest::loadExample(example, &ok);
    QVERIFY(ok);
    const ExportSet set = generate(project);
    QCOMPARE(set.paths(),
             QStringList({QStringLiteral("docs/diagrams/components.mmd"),
                          QStringLiteral("docs/diagrams/deployment.mmd")}));
    const QString report = PluginTest::compareWithGolden(set, example, QStringLiteral("mermaid"));
    QVERIFY2(report.isEmpty(), qPrintable(report));
}

void TestMermaidExporter::deterministic()
{
    bool ok = false;
    const Project project = PluginTest::loadExample(QStringLiteral("webot-chatflow"), &ok);
    QVERIFY(ok);
    QCOMPARE(PluginTest::concatenated(generate(project)),
             PluginTest::concatenated(generate(Project(project))));
}

void TestMermaidExporter::hostileLabels_data()
{
    QTest::addColumn<QString>("label");
    QTest::addRow("quotes") << QStringLiteral("He said \"hi\" and 'bye'");
    QTest::addRow("brackets") << QStringLiteral("[a] (b) {c} [(d)] ((e)) >f]");
    QTest::addRow("pipes") << QStringLiteral("a | b || c");
    QTest::addRow("html") << QStringLiteral("<script>alert(1)</script> & <br/>");
    QTest::addRow("hash and semicolon") << QStringLiteral("#1; #quot; &amp; %% comment");
    QTest::addRow("keyword end") << QStringLiteral("end");
    QTest::addRow("keywords") << QStringLiteral("graph TD subgraph classDef style click");
    QTest::addRow("arrows") << QStringLiteral("a --> b -.-> c ==> d");
    QTest::addRow("unicode") << QStringLiteral("Conexão café ☕ 日本語 — ü");
    QTest::addRow("backticks") << QStringLiteral("`markdown` **bold**");
    QTest::addRow("newline and tab") << QStringLiteral("two\nlines\tand tab");
    QTest::addRow("backslash") << QStringLiteral("C:\\path\\n");
}

void TestMermaidExporter::hostileLabels()
{
    QFETCH(QString, label);
    const ExportSet set = generate(hostileProject(label));
    QVERIFY(!set.isEmpty());
    const QString expected = QString(label)
                                 .replace(QLatin1Char('\n'), QLatin1Char(' '))
                                 .replace(QLatin1Char('\t'), QLatin1Char(' '));
    for (const QString &path : set.paths()) {
        const QString text = QString::fromUtf8(set.file(path));
        const QStringList strings = quotedStrings(text);
        QVERIFY2(!strings.isEmpty(), qPrintable(path));
        bool found = false;
        for (const QString &s : strings) {
            const QString inner = s.mid(1, s.size() - 2);
            // Nothing Mermaid or HTML reads as syntax survives inside a label.
            static const QRegularExpression unsafe(
                QStringLiteral("[\"<>|`\\[\\]{}\\\\]|#(?!quot;|\\d+;)"));
            QVERIFY2(!unsafe.match(inner).hasMatch(), qPrintable(path + QLatin1String(": ") + s));
            found = found || decode(s).contains(expected.simplified())
                || decode(s).contains(expected);
        }
        QVERIFY2(found,
                 qPrintable(QStringLiteral("%1 does not show the label '%2'").arg(path, label)));
        // Outside the quotes, every line keeps the structure: keywords and ids only.
        for (const QString &line : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            if (line.trimmed().startsWith(
                    QLatin1String("classDef "))) // colours are ours, not labels
                continue;
            QString bare = line;
            for (const QString &s : strings)
                bare.replace(s, QStringLiteral("\"\""));
            QVERIFY2(!bare.contains(QLatin1Char('<')) && !bare.contains(QLatin1Char('#')),
                     qPrintable(line));
        }
    }
}

void TestMermaidExporter::idsAreSafe()
{
    const QString id = MermaidText::id(QStringLiteral("c"), QStringLiteral("end"));
    QCOMPARE(id, QStringLiteral("c_end"));
    QCOMPARE(MermaidText::id(QStringLiteral("c"), QStringLiteral("api-gateway")),
             QStringLiteral("c_api_gateway"));
    QCOMPARE(MermaidText::id(QStringLiteral("g"), QStringLiteral("Dados café")),
             QStringLiteral("g_Dados_caf_"));
    const ExportSet set = generate(hostileProject(QStringLiteral("x")));
    const QString components
        = QString::fromUtf8(set.file(QStringLiteral("docs/diagrams/components.mmd")));
    QVERIFY(components.contains(QLatin1String("c_end[")));
    QVERIFY(!components.contains(
        QRegularExpression(QStringLiteral("^\\s*end\\["), QRegularExpression::MultilineOption)));
}

void TestMermaidExporter::componentsShapesAndClasses()
{
    bool ok = false;
    const Project project = PluginTest::loadExample(QStringLiteral("webot-chatflow"), &ok);
    QVERIFY(ok);
    const QString text
        = QString::fromUtf8(generate(project).file(QStringLiteral("docs/diagrams/components.mmd")));
    QVERIFY(text.startsWith(QLatin1String("graph LR\n")));
    for (const Group &group : project.groups)
        QVERIFY2(text.contains(QStringLiteral("subgraph %1 [%2]")
                                   .arg(MermaidText::id(QStringLiteral("g"), group.id),
                                        MermaidText::label(group.label))),
                 qPrintable(group.id));
    for (const Component &c : project.components) {
        const ComponentType type = Catalog::standard().type(c.type);
        const QString id = MermaidText::id(QStringLiteral("c"), c.id);
        const QString cylinder = id + QLatin1String("[(");
        QCOMPARE(text.contains(cylinder), type.isDataStore());
        QVERIFY2(
            text.contains(QRegularExpression(
                QStringLiteral("class [^\\n]*\\b%1\\b[^\\n]* cat_%2\\n").arg(id, type.category()))),
            qPrintable(c.id));
    }
    for (const QString &category :
         {QStringLiteral("compute"), QStringLiteral("data"), QStringLiteral("observability")})
        QVERIFY(text.contains(QStringLiteral("classDef cat_%1 ").arg(category)));
    for (const Connection &c : project.connections) {
        if (!c.label.isEmpty())
            QVERIFY2(text.contains(QStringLiteral("-->|%1|").arg(MermaidText::label(c.label))),
                     qPrintable(c.label));
    }
}

void TestMermaidExporter::deploymentNamesRealisations_data()
{
    QTest::addColumn<QString>("environment");
    QTest::addColumn<QString>("component");
    QTest::addColumn<QString>("realisation");
    QTest::addRow("compose container") << "development"
                                       << "backend"
                                       << "container";
    QTest::addRow("single pod") << "staging"
                                << "backend"
                                << "Pod";
    QTest::addRow("statefulset") << "staging"
                                 << "mysql"
                                 << "StatefulSet";
    QTest::addRow("autoscaled replicaset") << "production"
                                           << "backend"
                                           << "ReplicaSet 3–10";
    QTest::addRow("clustered statefulset") << "production"
                                           << "redis"
                                           << "StatefulSet ×3";
    QTest::addRow("ingress") << "production"
                             << "lb"
                             << "Ingress";
}

void TestMermaidExporter::deploymentNamesRealisations()
{
    QFETCH(QString, environment);
    QFETCH(QString, component);
    QFETCH(QString, realisation);
    bool ok = false;
    const Project project = PluginTest::loadExample(QStringLiteral("webot-chatflow"), &ok);
    QVERIFY(ok);
    const QString text
        = QString::fromUtf8(generate(project).file(QStringLiteral("docs/diagrams/deployment.mmd")));
    QVERIFY(text.startsWith(QLatin1String("graph TB\n")));
    const Component *c = project.component(component);
    QVERIFY(c);
    const QString node
        = MermaidText::id(QStringLiteral("d"), environment + QLatin1String("__") + component);
    const QString expected = node + QLatin1Char('[')
        + (Catalog::standard().type(c->type).isDataStore() ? QStringLiteral("(") : QString())
        + MermaidText::label(c->label + QLatin1Char(' ') + realisation);
    QVERIFY2(text.contains(expected), qPrintable(expected));
    // One subgraph per environment, titled with its name and platform.
    for (const Environment &env : project.environments)
        QVERIFY(text.contains(
            QStringLiteral("subgraph %1 ").arg(MermaidText::id(QStringLiteral("env"), env.id))));
}

void TestMermaidExporter::singleEnvironment()
{
    bool ok = false;
    const Project project = PluginTest::loadExample(QStringLiteral("webot-chatflow"), &ok);
    QVERIFY(ok);
    const QString text
        = QString::fromUtf8(generate(project, QStringLiteral("staging"))
                                .file(QStringLiteral("docs/diagrams/deployment.mmd")));
    QCOMPARE(text.count(QLatin1String("subgraph ")), 1);
    QVERIFY(text.contains(QLatin1String("env_staging")));
}

void TestMermaidExporter::unknownEnvironmentIsAnError()
{
    ExportRequest request;
    request.catalog = &Catalog::standard();
    request.priceBooks = &PriceBooks::standard();
    request.environment = QStringLiteral("nowhere");
    const auto result = m_exporter->generate(hostileProject(QStringLiteral("x")), request);
    QVERIFY(!result);
    QVERIFY(result.error().message.contains(QLatin1String("nowhere")));
}

void TestMermaidExporter::userCategoriesGetValidStyles_data()
{
    QTest::addColumn<QString>("category");
    QTest::addRow("plain") << QStringLiteral("security");
    QTest::addRow("punctuation") << QStringLiteral("My Stuff, (odd); #1");
    QTest::addRow("unicode") << QStringLiteral("integração");
}

void TestMermaidExporter::userCategoriesGetValidStyles()
{
    QFETCH(QString, category);
    Catalog catalog = Catalog::standard();
    ComponentTypeData data;
    data.id = QStringLiteral("vault");
    data.label = QStringLiteral("Vault");
    data.category = category;
    catalog.add(ComponentType(data));
    Project p = hostileProject(QStringLiteral("x"));
    p.components.append(Component {.id = QStringLiteral("vault"), .type = QStringLiteral("vault")});
    p.environments[0].deployments.append(Deployment {.component = QStringLiteral("vault")});
    ExportRequest request;
    request.catalog = &catalog;
    request.priceBooks = &PriceBooks::standard();
    const auto set = m_exporter->generate(p, request);
    QVERIFY(set);
    static const QRegularExpression style(QStringLiteral(
        "^  classDef cat_[A-Za-z0-9_]+ fill:#[0-9a-f]{6},stroke:#[0-9a-f]{6},color:#000$"));
    for (const QString &path : set->paths()) {
        int styles = 0;
        for (const QString &line : QString::fromUtf8(set->file(path)).split(QLatin1Char('\n'))) {
            if (!line.trimmed().startsWith(QLatin1String("classDef ")))
                continue;
            ++styles;
            QVERIFY2(style.match(line).hasMatch(), qPrintable(line));
        }
        QVERIFY(styles >= 2); // the standard categories and the user's own
    }
}

QTEST_GUILESS_MAIN(TestMermaidExporter)
#include "tst_mermaidexporter.moc"
