#include "core/export/yamlnode.h"

#include <QTest>

using namespace Stackdraft::Core;

class TestYamlNode final : public QObject
{
    Q_OBJECT

private slots:
    void quoting_data();
    void quoting();
    void nestedBlocks();
    void sequencesOfMaps();
    void emptyCollections();
    void comments();
    void insertReplacesInPlace();
    void multipleDocuments();
};

struct QuoteRow
{
    const char *name;
    const char *text;
    const char *written;
};

void TestYamlNode::quoting_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("written");
    static constexpr QuoteRow rows[] = {
        {"word", "production", "production"},
        {"url", "mysql://root:${MYSQL_ROOT_PASSWORD}@mysql:3306/app",
         "mysql://root:${MYSQL_ROOT_PASSWORD}@mysql:3306/app"},
        {"path", "/var/lib/mysql", "/var/lib/mysql"},
        {"empty", "", "\"\""},
        {"bool 1.2", "true", "\"true\""},
        {"bool 1.1", "yes", "\"yes\""},
        {"bool 1.1 short", "n", "\"n\""},
        {"null", "null", "\"null\""},
        {"tilde", "~", "\"~\""},
        {"integer", "3306", "\"3306\""},
        {"float", "0.5", "\"0.5\""},
        {"octal", "0755", "\"0755\""},
        {"hex", "0x1F", "\"0x1F\""},
        {"exponent", "1e3", "\"1e3\""},
        {"sexagesimal", "8080:80", "\"8080:80\""},
        {"date", "2024-06-13", "\"2024-06-13\""},
        {"infinity", ".inf", "\".inf\""},
        {"colon space", "a: b", "\"a: b\""},
        {"trailing colon", "key:", "\"key:\""},
        {"hash", "a #b", "\"a #b\""},
        {"leading dash", "-q", "\"-q\""},
        {"leading star", "*alias", "\"*alias\""},
        {"leading space", " x", "\" x\""},
        {"quote", "say \"hi\"", "\"say \\\"hi\\\"\""},
        {"newline", "a\nb", "\"a\\nb\""},
        {"backslash", "C:\\x", "\"C:\\\\x\""},
        {"accent", "Produção", "\"Produção\""},
        {"cpu", "500m", "500m"},
        {"memory", "512Mi", "512Mi"},
    };
    for (const QuoteRow &row : rows)
        QTest::addRow("%s", row.name) << QString::fromUtf8(row.text) << QString::fromUtf8(row.written);
}

void TestYamlNode::quoting()
{
    QFETCH(QString, text);
    QFETCH(QString, written);
    QCOMPARE(YamlNode::quoted(text), written);
}

void TestYamlNode::nestedBlocks()
{
    YamlNode root = YamlNode::map();
    root.insert(QStringLiteral("name"), QStringLiteral("shop"));
    YamlNode services = YamlNode::map();
    YamlNode api = YamlNode::map();
    api.insert(QStringLiteral("image"), QStringLiteral("python:3.11-slim"));
    api.insert(QStringLiteral("ports"), YamlNode::sequence({QStringLiteral("8000:8000")}));
    api.insert(QStringLiteral("replicas"), 3);
    api.insert(QStringLiteral("enabled"), true);
    services.insert(QStringLiteral("api"), api);
    root.insert(QStringLiteral("services"), services);
    QCOMPARE(QString::fromUtf8(root.toYaml()),
             QStringLiteral("name: shop\n"
                            "services:\n"
                            "  api:\n"
                            "    image: python:3.11-slim\n"
                            "    ports:\n"
                            "      - \"8000:8000\"\n"
                            "    replicas: 3\n"
                            "    enabled: true\n"));
}

void TestYamlNode::sequencesOfMaps()
{
    YamlNode env = YamlNode::sequence();
    YamlNode a = YamlNode::map();
    a.insert(QStringLiteral("name"), QStringLiteral("A"));
    YamlNode from = YamlNode::map();
    from.insert(QStringLiteral("key"), QStringLiteral("k"));
    a.insert(QStringLiteral("valueFrom"), from);
    env.append(a);
    YamlNode nested = YamlNode::sequence();
    nested.append(QStringLiteral("x"));
    env.append(nested);
    YamlNode root = YamlNode::map();
    root.insert(QStringLiteral("env"), env);
    QCOMPARE(QString::fromUtf8(root.toYaml()),
             QStringLiteral("env:\n"
                            "  - name: A\n"
                            "    valueFrom:\n"
                            "      key: k\n"
                            "  - - x\n"));
}

void TestYamlNode::emptyCollections()
{
    YamlNode root = YamlNode::map();
    root.insert(QStringLiteral("volumes"), YamlNode::map());
    root.insert(QStringLiteral("items"), YamlNode::sequence());
    root.insert(QStringLiteral("nothing"), YamlNode());
    QCOMPARE(QString::fromUtf8(root.toYaml()),
             QStringLiteral("volumes: {}\nitems: []\nnothing: null\n"));
    QCOMPARE(QString::fromUtf8(YamlNode::map().toYaml()), QStringLiteral("{}\n"));
}

void TestYamlNode::comments()
{
    YamlNode root = YamlNode::map();
    root.setComment(QStringLiteral("header\n\nsecond"));
    YamlNode value(QStringLiteral("v"));
    value.setComment(QStringLiteral("about k"));
    root.insert(QStringLiteral("k"), value);
    YamlNode list = YamlNode::sequence();
    YamlNode item = YamlNode::map();
    item.setComment(QStringLiteral("first item"));
    item.insert(QStringLiteral("a"), 1);
    list.append(item);
    root.insert(QStringLiteral("l"), list);
    QCOMPARE(QString::fromUtf8(root.toYaml()),
             QStringLiteral("# header\n#\n# second\n"
                            "# about k\n"
                            "k: v\n"
                            "l:\n"
                            "  # first item\n"
                            "  - a: 1\n"));
}

void TestYamlNode::insertReplacesInPlace()
{
    YamlNode root = YamlNode::map();
    root.insert(QStringLiteral("a"), 1);
    root.insert(QStringLiteral("b"), 2);
    root.insert(QStringLiteral("a"), 3);
    QCOMPARE(root.keys(), (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
    QCOMPARE(root.value(QStringLiteral("a"))->text(), QStringLiteral("3"));
    QVERIFY(!root.value(QStringLiteral("c")));
}

void TestYamlNode::multipleDocuments()
{
    YamlNode a = YamlNode::map();
    a.insert(QStringLiteral("kind"), QStringLiteral("Service"));
    YamlNode b = YamlNode::map();
    b.insert(QStringLiteral("kind"), QStringLiteral("Deployment"));
    QCOMPARE(QString::fromUtf8(YamlNode::toYaml({a, b})),
             QStringLiteral("kind: Service\n---\nkind: Deployment\n"));
}

QTEST_GUILESS_MAIN(TestYamlNode)
#include "tst_yamlnode.moc"
