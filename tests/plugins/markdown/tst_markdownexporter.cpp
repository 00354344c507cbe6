#include "plugintest.h"

#include <QRegularExpression>
#include <QTest>

using namespace Stackdraft;
using namespace Stackdraft::Core;

class TestMarkdownExporter final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void golden_data();
    void golden();
    void deterministic();
    void embedsTheMermaidExportersDiagrams();
    void sections_data();
    void sections();
    void unknownLanguageIsAnError();
    void neverWritesValues();
    void hostileLabelsKeepTheTables_data();
    void hostileLabelsKeepTheTables();
    void costLinesFollowTheDocumentLanguage_data();
    void costLinesFollowTheDocumentLanguage();
    void statesBackupsAndQueueScaling();
    void storageOnAwsEcsIsEfs();
    void statesAwsBackupOfEfs();
    void statesDocumentDbWithoutTls();

private:
    Result<ExportSet> generate(const Project &project,
                               const QString &language = QStringLiteral("en"),
                               Exporter *exporter = nullptr);
    QString document(const Project &project, const QString &language = QStringLiteral("en"));

    Exporter *m_markdown = nullptr;
    Exporter *m_mermaid = nullptr;
    Project m_webot;
};

Result<ExportSet> TestMarkdownExporter::generate(const Project &project, const QString &language,
                                                 Exporter *exporter)
{
    ExportRequest request;
    request.catalog = &Catalog::standard();
    request.priceBooks = &PriceBooks::standard();
    request.language = language;
    return (exporter ? exporter : m_markdown)->generate(project, request);
}

QString TestMarkdownExporter::document(const Project &project, const QString &language)
{
    const auto set = generate(project, language);
    if (!set) {
        qWarning().noquote() << set.error().toString();
        return {};
    }
    return QString::fromUtf8(set->file(QStringLiteral("docs/ARCHITECTURE.md")));
}

void TestMarkdownExporter::initTestCase()
{
    QString error;
    m_markdown = PluginTest::loadExporter(QStringLiteral("markdown"), &error);
    QVERIFY2(m_markdown, qPrintable(error));
    m_mermaid = PluginTest::loadExporter(QStringLiteral("mermaid"), &error);
    QVERIFY2(m_mermaid, qPrintable(error));
    bool ok = false;
    m_webot = PluginTest::loadExample(QStringLiteral("webot-chatflow"), &ok);
    QVERIFY(ok);
}

void TestMarkdownExporter::golden_data()
{
    QTest::addColumn<QString>("example");
    QTest::addColumn<QString>("language");
    QTest::addRow("webot-chatflow en") << QStringLiteral("webot-chatflow") << QStringLiteral("en");
    QTest::addRow("webot-chatflow pt_BR")
        << QStringLiteral("webot-chatflow") << QStringLiteral("pt_BR");
}

void TestMarkdownExporter::golden()
{
    QFETCH(QString, example);
    QFETCH(QString, language);
    bool ok = false;
    const Project project = PluginTest::loadExample(example, &ok);
    QVERIFY(ok);
    const auto set = generate(project, language);
    QVERIFY2(set, qPrintable(set ? QString() : set.error().toString()));
    QCOMPARE(set->paths(), QStringList {QStringLiteral("docs/ARCHITECTURE.md")});
    const QString report
        = PluginTest::compareWithGolden(*set, example, QStringLiteral("markdown-%1").arg(language));
    QVERIFY2(report.isEmpty(), qPrintable(report));
}

void TestMarkdownExporter::deterministic()
{
    QCOMPARE(document(m_webot), document(Project(m_webot)));
    QCOMPARE(document(m_webot, QStringLiteral("pt_BR")),
             document(m_webot, QStringLiteral("pt_BR")));
}

void TestMarkdownExporter::embedsTheMermaidExportersDiagrams()
{
    const QString doc = document(m_webot);
    const auto diagrams = generate(m_webot, QStringLiteral("en"), m_mermaid);
    QVERIFY(diagrams);
    for (const QString &path : diagrams->paths()) {
        const QString block = QLatin1String("```mermaid\n")
            + QString::fromUtf8(diagrams->file(path)) + QLatin1String("```\n");
        QVERIFY2(doc.contains(block), qPrintable(path));
    }
}

void TestMarkdownExporter::sections_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QStringList>("headings");
    QTest::addRow("en") << QStringLiteral("en")
                        << QStringList {QStringLiteral("## 1. Objectives per environment"),
                                        QStringLiteral("## 2. Components and resources"),
                                        QStringLiteral("## 3. Component diagram"),
                                        QStringLiteral("## 4. Deployment diagram"),
                                        QStringLiteral("## 5. Resources per environment"),
                                        QStringLiteral("## 6. Monthly cost per environment")};
    QTest::addRow("pt_BR") << QStringLiteral("pt_BR")
                           << QStringList {QStringLiteral("## 1. Objetivos por ambiente"),
                                           QStringLiteral("## 2. Componentes e recursos"),
                                           QStringLiteral("## 3. Diagrama de componentes"),
                                           QStringLiteral("## 4. Diagrama de deployment"),
                                           QStringLiteral("## 5. Recursos por ambiente"),
                                           QStringLiteral("## 6. Custo mensal por ambiente")};
}

void TestMarkdownExporter::sections()
{
    QFETCH(QString, language);
    QFETCH(QStringList, headings);
    const QString doc = document(m_webot, language);
    qsizetype at = 0;
    for (const QString &heading : headings) {
        // In order: each heading after the previous one.
        const qsizetype found = doc.indexOf(heading + QLatin1Char('\n'), at);
        QVERIFY2(found >= 0, qPrintable(heading));
        at = found + heading.size();
    }
    // One objectives row and one resources section per environment, with its purpose and security.
    for (const Environment &env : m_webot.environments) {
        QVERIFY2(doc.contains(QStringLiteral("| %1 |").arg(env.displayName())), qPrintable(env.id));
        QVERIFY2(doc.contains(QStringLiteral("### %1 (").arg(env.displayName())),
                 qPrintable(env.id));
        QVERIFY(doc.contains(env.purpose));
        QVERIFY(doc.contains(env.security));
    }
}

void TestMarkdownExporter::unknownLanguageIsAnError()
{
    const auto set = generate(m_webot, QStringLiteral("tlh"));
    QVERIFY(!set);
    QVERIFY(set.error().message.contains(QLatin1String("tlh")));
}

void TestMarkdownExporter::neverWritesValues()
{
    Project p = m_webot;
    const QString canary = QStringLiteral("canary-value-7f3a91");
    Component *backend = p.component(QStringLiteral("backend"));
    QVERIFY(backend);
    backend->env.append(EnvVar::literal(QStringLiteral("FEATURE_FLAG"), canary));
    backend->env.append(
        EnvVar::secretRef(QStringLiteral("API_TOKEN"), QStringLiteral("api-token")));
    for (const QString &language : {QStringLiteral("en"), QStringLiteral("pt_BR")}) {
        const QString doc = document(p, language);
        QVERIFY(!doc.contains(canary));
        QVERIFY(doc.contains(QLatin1String("`FEATURE_FLAG`")));
        // Secrets are named, marked, and their value never exists anywhere to be written.
        QVERIFY(
            doc.contains(QRegularExpression(QStringLiteral("`API_TOKEN` \\((secret|segredo)\\)"))));
        QVERIFY(doc.contains(
            QRegularExpression(QStringLiteral("`SECRET_KEY` \\((secret|segredo)\\)"))));
    }
}

void TestMarkdownExporter::hostileLabelsKeepTheTables_data()
{
    QTest::addColumn<QString>("label");
    QTest::addRow("pipes") << QStringLiteral("a | b || c");
    QTest::addRow("markdown") << QStringLiteral("**bold** _it_ [link](http://x) `code` # h");
    QTest::addRow("html") << QStringLiteral("<script>alert(1)</script> & <b>");
    QTest::addRow("newline") << QStringLiteral("two\nlines");
    QTest::addRow("backslash") << QStringLiteral("C:\\path\\|");
}

void TestMarkdownExporter::hostileLabelsKeepTheTables()
{
    QFETCH(QString, label);
    Project p = m_webot;
    p.components[0].label = label;
    p.environments[0].label = label;
    p.environments[0].purpose = label;
    const QString doc = document(p);
    QVERIFY(!doc.contains(QLatin1String("<script>")));
    // Every table row has as many unescaped pipes as its header.
    qsizetype columns = -1;
    for (const QString &line : doc.split(QLatin1Char('\n'))) {
        if (!line.startsWith(QLatin1Char('|'))) {
            columns = -1;
            continue;
        }
        static const QRegularExpression pipe(QStringLiteral("(?<!\\\\)((?:\\\\\\\\)*)\\|"));
        const qsizetype count = line.count(pipe);
        if (columns < 0)
            columns = count;
        QVERIFY2(count == columns, qPrintable(line));
    }
}

void TestMarkdownExporter::costLinesFollowTheDocumentLanguage_data()
{
    QTest::addColumn<QString>("example");
    for (const char *example : {"chatgepeto", "urbana-connect", "webot-chatflow"})
        QTest::addRow("%s", example) << QString::fromLatin1(example);
}

// The cost tables quote the cost engine's lines and the price books' labels and notes: in a pt_BR
// document their words are Portuguese too. Units, price keys and the design's own labels are data
// and stay as written, so only the Resource column and the price-book sentence are read.
void TestMarkdownExporter::costLinesFollowTheDocumentLanguage()
{
    QFETCH(QString, example);
    bool ok = false;
    const Project project = PluginTest::loadExample(example, &ok);
    QVERIFY(ok);
    const QString doc = document(project, QStringLiteral("pt_BR"));
    const qsizetype costs = doc.indexOf(QLatin1String("## 6. "));
    QVERIFY(costs > 0);
    static const QRegularExpression english(
        QStringLiteral("\\b(the|of|and|per|with|hours?|units|addresses|billed|usage|assumption|"
                       "transfer|prices?|nothing|compute|storage|stored|control plane|repositories|"
                       "rest|up to)\\b"),
        QRegularExpression::UseUnicodePropertiesOption); // "transferência" is one word
    int rows = 0;
    for (const QString &line : doc.mid(costs).split(QLatin1Char('\n'))) {
        QString words;
        if (line.startsWith(QLatin1String("| "))
            && !line.startsWith(QLatin1String("| Componente"))) {
            words = line.section(QLatin1Char('|'), 2, 2); // the Resource column
            ++rows;
        } else if (line.startsWith(QLatin1String("Tabela de preços:"))) {
            words = line;
        }
        const QRegularExpressionMatch match = english.match(words);
        QVERIFY2(!match.hasMatch(), qPrintable(match.captured() + QLatin1String(" in: ") + line));
    }
    QVERIFY(rows > 0);
}

// Each environment's backup policy as its platform realises it, and the queue a worker scales on.
void TestMarkdownExporter::statesBackupsAndQueueScaling()
{
    bool ok = false;
    const Project project
        = PluginTest::loadConformanceProject(QStringLiteral("backup-and-queues"), &ok);
    QVERIFY(ok);
    const QString doc = document(project);
    for (const char *text :
         {"- **Orders**: RDS Multi-AZ automated backups, daily at 03:30 UTC, kept 14 days",
          "automated backups, daily at 04:00 UTC, kept 5 days",
          "- **Receipts**: object versioning; replaced and deleted versions kept 30 days",
          "- **Orders**: a CronJob running pg_dump on schedule `0 2 * * *` (UTC) into its own "
          "volume, dumps kept 7 days",
          "- **Catalog**: a CronJob running mongodump on schedule `0 */6 * * *`",
          "- **Orders**: in the design, but nothing on this platform takes it",
          "1–10 (queue orders > 100/replica)", "2–40 (queue orders > 50/replica)"})
        QVERIFY2(doc.contains(QString::fromUtf8(text)), text);
}

// Data on EFS backed up by AWS Backup: the stated schedule, or daily at 03:00 UTC, and the
// retention (mounted-config's production: Prometheus with a policy, Grafana with backup: true).
void TestMarkdownExporter::statesAwsBackupOfEfs()
{
    bool ok = false;
    const Project project
        = PluginTest::loadConformanceProject(QStringLiteral("mounted-config"), &ok);
    QVERIFY(ok);
    const QString doc = document(project);
    for (const char *text :
         {"- **Metrics**: AWS Backup of its EFS file system on schedule `15 */6 * * 1-5` (UTC), "
          "kept 10 days",
          "- **Dashboards**: AWS Backup of its EFS file system, daily at 03:00 UTC, kept 7 days"})
        QVERIFY2(doc.contains(QString::fromUtf8(text)), qPrintable(doc));
}

// DocumentDB is built with TLS off: the document says so where it is, and nowhere else.
void TestMarkdownExporter::statesDocumentDbWithoutTls()
{
    bool ok = false;
    const Project project
        = PluginTest::loadConformanceProject(QStringLiteral("backup-and-queues"), &ok);
    QVERIFY(ok);
    QVERIFY(!document(project).contains(QLatin1String("TLS off")));
    Project docdb = project;
    docdb.environment(QStringLiteral("production"))
        ->deployments.append(Deployment {.component = QStringLiteral("catalog")});
    const QString doc = document(docdb);
    QVERIFY2(doc.contains(QLatin1String("Not encrypted in transit: **Catalog** (DocumentDB) with "
                                        "TLS off.")),
             qPrintable(doc));
    QCOMPARE(doc.count(QLatin1String("TLS off")), 1);
}

// WeBot-ChatFLOW's production moved to aws-ecs: Prometheus (20Gi) and Grafana keep their data on
// the EFS file systems the Terraform export creates, and the document says so; on Kubernetes the
// storage column is the volume's size alone.
void TestMarkdownExporter::storageOnAwsEcsIsEfs()
{
    QVERIFY(!document(m_webot).contains(QLatin1String("EFS")));
    Project aws = m_webot;
    aws.environment(QStringLiteral("production"))->platform = Platform::AwsEcs;
    const QString doc = document(aws);
    QVERIFY2(doc.contains(QLatin1String("| 20 GiB on EFS |")), qPrintable(doc));
    QVERIFY(doc.contains(QLatin1String("On AWS ECS a container's storage is an encrypted EFS file "
                                       "system of its service")));
}

QTEST_GUILESS_MAIN(TestMarkdownExporter)
#include "tst_markdownexporter.moc"
