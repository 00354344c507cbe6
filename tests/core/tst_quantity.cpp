#include "core/model/quantity.h"

#include <QTest>

using namespace Stackdraft::Core;

class TestQuantity final : public QObject
{
    Q_OBJECT

private slots:
    void parseCpu_data();
    void parseCpu();
    void parseMemory_data();
    void parseMemory();
    void formatRoundTrips_data();
    void formatRoundTrips();
    void human();
};

struct CpuRow
{
    const char *name;
    const char *text;
    qint64 expected; // -1: rejected
};

void TestQuantity::parseCpu_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("expected");
    static constexpr CpuRow rows[] = {
        {"whole core", "1", 1000},   {"half core", "0.5", 500},
        {"millicores", "500m", 500}, {"fraction m", "250m", 250},
        {"leading dot", ".25", 250}, {"spaces", " 2 ", 2000},
        {"rounds", "0.0005", 1},     {"zero", "0", 0},
        {"words", "lots", -1},       {"negative", "-1", -1},
        {"unit", "1Gi", -1},         {"empty", "", -1},
        {"double dot", "1.2.3", -1}, {"m only", "m", -1},
    };
    for (const CpuRow &row : rows)
        QTest::addRow("%s", row.name) << QString::fromUtf8(row.text) << row.expected;
}

void TestQuantity::parseCpu()
{
    QFETCH(QString, text);
    QFETCH(qint64, expected);
    const auto parsed = Quantity::parseCpu(text);
    QCOMPARE(parsed.value_or(-1), expected);
}

void TestQuantity::parseMemory_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("expected");
    static constexpr CpuRow rows[] = {
        {"Mi", "512Mi", 512 * Quantity::Mi},
        {"Gi", "1Gi", Quantity::Gi},
        {"fraction Gi", "1.5Gi", 3 * Quantity::Gi / 2},
        {"Ki", "64Ki", 64 * 1024},
        {"decimal G", "1G", 1000000000},
        {"decimal M", "500M", 500000000},
        {"bytes", "1048576", Quantity::Mi},
        {"words", "lots", -1},
        {"bad suffix", "12Xi", -1},
        {"negative", "-5Mi", -1},
        {"lower-case mi", "512mi", -1},
    };
    for (const CpuRow &row : rows)
        QTest::addRow("%s", row.name) << QString::fromUtf8(row.text) << row.expected;
}

void TestQuantity::parseMemory()
{
    QFETCH(QString, text);
    QFETCH(qint64, expected);
    QCOMPARE(Quantity::parseMemory(text).value_or(-1), expected);
}

void TestQuantity::formatRoundTrips_data()
{
    QTest::addColumn<QString>("canonical");
    QTest::addColumn<bool>("isCpu");
    QTest::addRow("cpu 500m") << QStringLiteral("500m") << true;
    QTest::addRow("cpu 2") << QStringLiteral("2") << true;
    QTest::addRow("cpu 1500m") << QStringLiteral("1500m") << true;
    QTest::addRow("mem 512Mi") << QStringLiteral("512Mi") << false;
    QTest::addRow("mem 1Gi") << QStringLiteral("1Gi") << false;
    QTest::addRow("mem 1536Mi") << QStringLiteral("1536Mi") << false;
    QTest::addRow("mem 2Ti") << QStringLiteral("2Ti") << false;
    QTest::addRow("mem bytes") << QStringLiteral("1000") << false;
}

void TestQuantity::formatRoundTrips()
{
    QFETCH(QString, canonical);
    QFETCH(bool, isCpu);
    if (isCpu)
        QCOMPARE(Quantity::formatCpu(*Quantity::parseCpu(canonical)), canonical);
    else
        QCOMPARE(Quantity::formatMemory(*Quantity::parseMemory(canonical)), canonical);
}

void TestQuantity::human()
{
    QCOMPARE(Quantity::humanCpu(500), QStringLiteral("0.5 vCPU"));
    QCOMPARE(Quantity::humanCpu(2000), QStringLiteral("2 vCPU"));
    QCOMPARE(Quantity::humanMemory(512 * Quantity::Mi), QStringLiteral("512 MiB"));
    QCOMPARE(Quantity::humanMemory(3 * Quantity::Gi / 2), QStringLiteral("1.5 GiB"));
    QCOMPARE(Quantity::formatCpu(0.5 * 1000), QStringLiteral("500m"));
}

QTEST_GUILESS_MAIN(TestQuantity)
#include "tst_quantity.moc"
