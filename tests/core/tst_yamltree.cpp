#include "core/export/yamltree.h"

#include <QTest>

using namespace Stackdraft::Core;

class TestYamlTree final : public QObject
{
    Q_OBJECT

private slots:
    void quoting_data();
    void quoting();
    void nestedBlocks();
    void entriesWrittenOneAtATime();
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

void TestYamlTree::quoting_data()
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
        {"not a number", ".NaN", "\".NaN\""},
        {"signed", "+1", "\"+1\""},
        {"merge key", "<<", "\"<<\""},
        {"equals", "=", "\"=\""},
        {"bool, five letters", "FALSE", "\"FALSE\""},
        {"bool 1.1 off", "Off", "\"Off\""},
        {"word like a bool", "nano", "nano"},
        {"long word like a bool", "yesterday", "yesterday"},
        {"word after a bool letter", "onion", "onion"},
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
        QTest::addRow("%s", row.name)
            << QString::fromUtf8(row.text) << QString::fromUtf8(row.written);
}

void TestYamlTree::quoting()
{
    QFETCH(QString, text);
    QFETCH(QString, written);
    QCOMPARE(YamlTree::quoted(text), written);
}

void TestYamlTree::nestedBlocks()
{
    YamlTree root = YamlTree::map();
    root.insert(QStringLiteral("name"), QStringLiteral("shop"));
    YamlTree services = YamlTree::map();
    YamlTree api = YamlTree::map();
    api.insert(QStringLiteral("image"), QStringLiteral("python:3.11-slim"));
    api.insert(QStringLiteral("ports"), YamlTree::sequence({QStringLiteral("8000:8000")}));
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

void TestYamlTree::sequencesOfMaps()
{
    YamlTree env = YamlTree::sequence();
    YamlTree a = YamlTree::map();
    a.insert(QStringLiteral("name"), QStringLiteral("A"));
    YamlTree from = YamlTree::map();
    from.insert(QStringLiteral("key"), QStringLiteral("k"));
    a.insert(QStringLiteral("valueFrom"), from);
    env.append(a);
    YamlTree nested = YamlTree::sequence();
    nested.append(QStringLiteral("x"));
    env.append(nested);
    YamlTree root = YamlTree::map();
    root.insert(QStringLiteral("env"), env);
    QCOMPARE(QString::fromUtf8(root.toYaml()),
             QStringLiteral("env:\n"
                            "  - name: A\n"
                            "    valueFrom:\n"
                            "      key: k\n"
                            "  - - x\n"));
}

void TestYamlTree::emptyCollections()
{
    YamlTree root = YamlTree::map();
    root.insert(QStringLiteral("volumes"), YamlTree::map());
    root.insert(QStringLiteral("items"), YamlTree::sequence());
    root.insert(QStringLiteral("nothing"), YamlTree());
    QCOMPARE(QString::fromUtf8(root.toYaml()),
             QStringLiteral("volumes: {}\nitems: []\nnothing: null\n"));
    QCOMPARE(QString::fromUtf8(YamlTree::map().toYaml()), QStringLiteral("{}\n"));
}

void TestYamlTree::comments()
{
    YamlTree root = YamlTree::map();
    root.setComment(QStringLiteral("header\n\nsecond"));
    YamlTree value(QStringLiteral("v"));
    value.setComment(QStringLiteral("about k"));
    root.insert(QStringLiteral("k"), value);
    YamlTree list = YamlTree::sequence();
    YamlTree item = YamlTree::map();
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

void TestYamlTree::insertReplacesInPlace()
{
    YamlTree root = YamlTree::map();
    root.insert(QStringLiteral("a"), 1);
    root.insert(QStringLiteral("b"), 2);
    root.insert(QStringLiteral("a"), 3);
    QCOMPARE(root.keys(), (QStringList {QStringLiteral("a"), QStringLiteral("b")}));
    QCOMPARE(root.value(QStringLiteral("a"))->text(), QStringLiteral("3"));
    QVERIFY(!root.value(QStringLiteral("c")));
}

void TestYamlTree::multipleDocuments()
{
    YamlTree a = YamlTree::map();
    a.insert(QStringLiteral("kind"), QStringLiteral("Service"));
    YamlTree b = YamlTree::map();
    b.insert(QStringLiteral("kind"), QStringLiteral("Deployment"));
    QCOMPARE(QString::fromUtf8(YamlTree::toYaml({a, b})),
             QStringLiteral("kind: Service\n---\nkind: Deployment\n"));
}

// A big map written entry by entry (the compose file's services) gives the bytes of the map built
// whole: comments, empty and nested values, a key that needs quotes.
void TestYamlTree::entriesWrittenOneAtATime()
{
    YamlTree root = YamlTree::map();
    root.setComment(QStringLiteral("Generated.\nTwo lines."));
    root.insert(QStringLiteral("name"), QStringLiteral("shop"));
    YamlTree head = root;
    YamlTree services = YamlTree::map();
    QList<std::pair<QString, YamlTree>> entries;
    YamlTree api = YamlTree::map();
    api.setComment(QStringLiteral("the API"));
    api.insert(QStringLiteral("ports"), YamlTree::sequence({QStringLiteral("8000:8000")}));
    api.insert(QStringLiteral("volumes"), YamlTree::sequence());
    entries.append({QStringLiteral("api"), api});
    entries.append({QStringLiteral("yes"), YamlTree::map()});
    entries.append({QStringLiteral("db"), YamlTree(QStringLiteral("plain"))});
    for (const auto &[key, value] : entries)
        services.insert(key, value);
    root.insert(QStringLiteral("services"), services);

    QString text = head.toYamlText();
    text += QLatin1String("services:\n");
    for (const auto &[key, value] : entries)
        YamlTree::appendEntry(text, key, value, 2);
    QCOMPARE(text, QString::fromUtf8(root.toYaml()));
    QCOMPARE(head.toYamlText().toUtf8(), head.toYaml());
}

QTEST_GUILESS_MAIN(TestYamlTree)
#include "tst_yamltree.moc"
