#include "core/import/mermaidflowchart.h"
#include "core/import/mermaidimporter.h"
#include "core/io/projectreader.h"
#include "core/io/projectwriter.h"
#include "importtesting.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

using namespace Stackdraft::Core;
using namespace ImportTesting;

class TestMermaidImporter final : public QObject
{
    Q_OBJECT

private slots:
    void syntax_data();
    void syntax();
    void shapesAndTypes();
    void referenceDiagrams_data();
    void referenceDiagrams();
    void notFlowcharts();
};

void TestMermaidImporter::syntax_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("edges");
    QTest::addRow("arrow kinds") << "graph LR\nA --> B\nB --- C\nC -.-> D\nD ==> E\nE --o F\n"
                                 << QStringList {"a->b", "b->c", "c->d", "d->e", "e->f"};
    QTest::addRow("labels") << "flowchart TD\nA -->|REST| B\nB -- AMQP --> C\nC -. pull .-> D\n"
                            << QStringList {"a->b [REST]", "b->c [AMQP]", "c->d [pull]"};
    QTest::addRow("chains and ampersands") << "graph TB\nA --> B & C --> D\n"
                                           << QStringList {"a->b", "a->c", "b->d", "c->d"};
    QTest::addRow("semicolons and comments") << "graph TD;\n%% a comment\nA-->B;B-->C\n"
                                             << QStringList {"a->b", "b->c"};
    QTest::addRow("both ways") << "graph LR\nA <--> B\n" << QStringList {"a->b", "b->a"};
    QTest::addRow("labels with brackets")
        << "graph LR\nFE[\"Frontend\\n(React)\"] --> BE[(\"Data [main]\")]\n"
        << QStringList {"fe->be"};
}

void TestMermaidImporter::syntax()
{
    QFETCH(QString, text);
    QFETCH(QStringList, edges);
    const Result<ImportResult> result = run(MermaidImporter(), {{"d.mmd", text.toUtf8()}});
    QVERIFY2(result, qPrintable(result ? QString() : result.error().toString()));
    QCOMPARE(ImportTesting::connections(result->project), edges);
    QVERIFY2(!result->report.hasLosses(), qPrintable(result->report.lines().join('\n')));
}

void TestMermaidImporter::shapesAndTypes()
{
    const QByteArray text = R"(flowchart LR
  subgraph edge [Edge]
    LB[Load Balancer]
  end
  subgraph "Data Storage"
    DB[(Orders)]
    Q[(Message Queue)]
  end
  U((Users)) --> LB
  LB --> API([Orders API])
  API --> DB
  API --> Q
  W{{Invoice worker}} --> Q
  X[Something else]
  classDef data fill:#ccc
  click DB "https://example.com"
)";
    const Result<ImportResult> result = run(MermaidImporter(), {{"d.mmd", text}});
    QVERIFY(result);
    const Project &p = result->project;
    QCOMPARE(p.component("lb")->type, QStringLiteral("load-balancer"));
    QCOMPARE(p.component("db")->type, QStringLiteral("postgresql")); // a cylinder holds data
    QCOMPARE(p.component("q")->type, QStringLiteral("rabbitmq"));
    QCOMPARE(p.component("u")->type, QStringLiteral("end-users"));
    QCOMPARE(p.component("api")->type, QStringLiteral("backend-service"));
    QCOMPARE(p.component("w")->type, QStringLiteral("worker"));
    QCOMPARE(p.component("x")->type, QStringLiteral("generic-service"));
    QCOMPARE(p.component("api")->label, QStringLiteral("Orders API"));
    QCOMPARE(p.groups.size(), 2);
    QCOMPARE(p.groups[0].label, QStringLiteral("Edge"));
    QCOMPARE(p.groups[1].id, QStringLiteral("data-storage"));
    QCOMPARE(p.groups[1].members, (QStringList {"db", "q"}));
    QVERIFY(hasNote(result->report, "classDef", "styling"));
    QVERIFY(hasNote(result->report, "click", "click"));
    for (const ImportNote &note : result->report.notes())
        QVERIFY(note.line >= 14);
    const Result<Project> loaded = ProjectReader::read(
        ProjectWriter::toBytes(p), QStringLiteral("d.stackdraft.yaml"), catalog());
    QVERIFY2(loaded, qPrintable(loaded ? QString() : loaded.error().toString()));
}

// The flowcharts of the reference architecture documents, each block on its own: every node
// becomes a component, every edge between two nodes a connection, every subgraph with nodes a
// group, and the report names every line that was not.
void TestMermaidImporter::referenceDiagrams_data()
{
    QTest::addColumn<QString>("block");
    QTest::addColumn<int>("firstLine");
    const QString dir = QStringLiteral(STACKDRAFT_SOURCE_DIR "/tests/import/reference");
    const QStringList files
        = QDir(dir).entryList({QStringLiteral("*.md")}, QDir::Files, QDir::Name);
    QVERIFY(!files.isEmpty());
    for (const QString &name : files) {
        QFile file(QDir(dir).filePath(name));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QStringList lines = QString::fromUtf8(file.readAll()).split('\n');
        for (int i = 0; i < lines.size(); ++i) {
            if (!lines[i].startsWith(QLatin1String("```mermaid")))
                continue;
            QString block;
            int j = i + 1;
            for (; j < lines.size() && !lines[j].startsWith(QLatin1String("```")); ++j)
                block += lines[j] + '\n';
            if (MermaidFlowchart::isFlowchart(block.section('\n', 0, 0)))
                QTest::addRow("%s:%d", qPrintable(name), i + 2) << block << i + 2;
            i = j;
        }
    }
}

void TestMermaidImporter::referenceDiagrams()
{
    QFETCH(QString, block);
    QFETCH(int, firstLine);
    Q_UNUSED(firstLine);
    // What the diagram says, read independently of the importer: ids declared with a label, and
    // "A --> B" pairs, the two things a reader of the document sees.
    QSet<QString> declared;
    static const QRegularExpression node(
        QStringLiteral(
            "(?:^\\s*|(?:-->|---|-\\.->|==>)\\s*(?:\\|[^|]*\\|\\s*)?|&\\s*)([A-Za-z]\\w*)[\\[\\(]"),
        QRegularExpression::MultilineOption);
    for (auto it = node.globalMatch(block); it.hasNext();)
        declared.insert(it.next().captured(1).toLower().replace('_', '-'));
    const Result<ImportResult> result = run(MermaidImporter(), {{"ref.md", block.toUtf8()}});
    QVERIFY2(result, qPrintable(result ? QString() : result.error().toString()));
    QSet<QString> ids;
    for (const Component &c : result->project.components)
        ids.insert(c.id);
    for (const QString &id : std::as_const(declared))
        QVERIFY2(ids.contains(id), qPrintable(id));
    static const QRegularExpression edge(
        QStringLiteral("^\\s*([A-Za-z]\\w*)\\s*(?:-->|-\\.->|==>)\\s*(?:\\|[^|]*\\|\\s*)?([A-Za-z]"
                       "\\w*)\\s*(?:[\\[\\(].*)?$"),
        QRegularExpression::MultilineOption);
    const QStringList got = ImportTesting::connections(result->project);
    int seen = 0;
    for (auto it = edge.globalMatch(block); it.hasNext(); ++seen) {
        const QRegularExpressionMatch m = it.next();
        const QString pair = m.captured(1).toLower().replace('_', '-') + "->"
            + m.captured(2).toLower().replace('_', '-');
        bool found = false;
        for (const QString &c : got)
            found = found || c.startsWith(pair);
        QVERIFY2(found, qPrintable(pair + " in " + got.join(", ")));
    }
    QVERIFY(seen > 0);
    QVERIFY(!result->project.groups.isEmpty());
    const Result<Project> loaded = ProjectReader::read(
        ProjectWriter::toBytes(result->project), QStringLiteral("ref.stackdraft.yaml"), catalog());
    QVERIFY2(loaded, qPrintable(loaded ? QString() : loaded.error().toString()));
}

void TestMermaidImporter::notFlowcharts()
{
    const Result<ImportResult> sequence = run(
        MermaidImporter(), {{"s.md", "# T\n```mermaid\nsequenceDiagram\n  A->>B: hi\n```\n"}});
    QVERIFY(!sequence);
    QVERIFY(sequence.error().message.contains("no Mermaid flowchart"));
    const Result<ImportResult> mixed = run(
        MermaidImporter(),
        {{"m.md",
          "```mermaid\nsequenceDiagram\n  A->>B: hi\n```\n```mermaid\ngraph LR\nA-->B\n```\n"}});
    QVERIFY(mixed);
    QVERIFY(hasNote(mixed->report, "", "'sequenceDiagram' diagram is not a flowchart"));
    QCOMPARE(mixed->report.notes().first().line, 2);
}

QTEST_GUILESS_MAIN(TestMermaidImporter)
#include "tst_mermaidimporter.moc"
