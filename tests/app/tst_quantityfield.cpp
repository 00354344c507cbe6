#include "app/quantityfield.h"

#include <QTest>

using namespace Stackdraft::App;

class TestQuantityField final : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void formatsBack();
};

struct Row
{
    const char *tag;
    QuantityField::Unit unit;
    const char *text;
    std::optional<qint64> value;
};

void TestQuantityField::parse_data()
{
    QTest::addColumn<int>("unit");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<qint64>("value");
    using U = QuantityField::Unit;
    const Row rows[] = {
        {"cpu millicores", U::Cpu, "500m", 500},
        {"cpu cores", U::Cpu, "2", 2000},
        {"cpu fraction", U::Cpu, "0.25", 250},
        {"cpu empty is unset", U::Cpu, "  ", 0},
        {"cpu negative", U::Cpu, "-1", std::nullopt},
        {"cpu bad suffix", U::Cpu, "500x", std::nullopt},
        {"cpu words", U::Cpu, "lots", std::nullopt},
        {"memory Mi", U::Memory, "512Mi", 512LL * 1024 * 1024},
        {"memory Gi", U::Memory, "1Gi", 1024LL * 1024 * 1024},
        {"memory bytes", U::Memory, "1500000", 1500000},
        {"memory negative", U::Memory, "-512Mi", std::nullopt},
        {"memory bad suffix", U::Memory, "500x", std::nullopt},
    };
    for (const Row &row : rows)
        QTest::addRow("%s", row.tag) << int(row.unit) << QString::fromUtf8(row.text)
                                     << row.value.has_value() << row.value.value_or(0);
}

void TestQuantityField::parse()
{
    QFETCH(int, unit);
    QFETCH(QString, text);
    QFETCH(bool, accepted);
    QFETCH(qint64, value);
    const QuantityField field = QuantityField::parse(QuantityField::Unit(unit), text);
    QCOMPARE(field.value.has_value(), accepted);
    if (accepted) {
        QCOMPARE(*field.value, value);
        QVERIFY(field.error.isEmpty());
    } else {
        // A refusal always says why, quoting what was typed.
        QVERIFY(!field.error.isEmpty());
        if (!text.startsWith(QLatin1Char('-')))
            QVERIFY2(field.error.contains(text.trimmed()), qPrintable(field.error));
    }
}

void TestQuantityField::formatsBack()
{
    QCOMPARE(QuantityField::format(QuantityField::Unit::Cpu, 0), QString());
    QCOMPARE(QuantityField::format(QuantityField::Unit::Cpu, 500), QStringLiteral("500m"));
    QCOMPARE(QuantityField::format(QuantityField::Unit::Memory, 1024LL * 1024 * 1024),
             QStringLiteral("1Gi"));
    for (const char *text : {"250m", "3", "768Mi", "2Gi"}) {
        const auto unit = QByteArray(text).endsWith('i') ? QuantityField::Unit::Memory
                                                         : QuantityField::Unit::Cpu;
        const QuantityField parsed = QuantityField::parse(unit, QString::fromLatin1(text));
        QCOMPARE(QuantityField::format(unit, *parsed.value), QString::fromLatin1(text));
    }
}

QTEST_GUILESS_MAIN(TestQuantityField)
#include "tst_quantityfield.moc"
