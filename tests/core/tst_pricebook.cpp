#include "core/catalog/catalog.h"
#include "core/cost/costengine.h"
#include "core/cost/pricebookreader.h"
#include "core/cost/pricebooks.h"
#include "core/cost/pricebookstrings.h"
#include "core/model/project.h"
#include "core/model/quantity.h"

#include <QRegularExpression>
#include <QTest>

using namespace Stackdraft::Core;

class TestPriceBook final : public QObject
{
    Q_OBJECT

private slots:
    void bundledBooks();
    void labelsAndNotesAreMarkedForTranslation();
    void everyPriceIsTraceable();
    void rolesAndFamiliesPointAtPrices();
    void everyAwsBookPricesWhatItsServicesBill();
    void facts_data();
    void facts();
    void tiers_data();
    void tiers();
    void unknownKeyIsInvalid();
    void badFiles_data();
    void badFiles();
    void userBookOverridesBundled();
    void readableSources_data();
    void readableSources();
    void bundledSourcesAreReadable();
};

void TestPriceBook::bundledBooks()
{
    QStringList ids;
    for (const PriceBook &b : PriceBooks::standard().books())
        ids << b.id();
    QVERIFY(ids.contains(QStringLiteral("aws-us-east-1")));
    QVERIFY(ids.contains(QStringLiteral("aws-sa-east-1")));
    QVERIFY(ids.contains(QStringLiteral("self-hosted")));
    QVERIFY(PriceBooks::standard().book(QStringLiteral("self-hosted")).isEmpty());
    QVERIFY(!PriceBooks::standard().book(QStringLiteral("nope")).isValid());
}

// The cost report quotes a book's label and note; the bundled ones are translated where shown.
void TestPriceBook::labelsAndNotesAreMarkedForTranslation()
{
    const QStringList marked = PriceBookStrings::all();
    for (const PriceBook &b : PriceBooks::standard().books()) {
        QVERIFY2(marked.contains(b.label()), qPrintable(b.label()));
        if (!b.note().isEmpty())
            QVERIFY2(marked.contains(b.note()), qPrintable(b.note()));
    }
}

void TestPriceBook::everyPriceIsTraceable()
{
    for (const PriceBook &b : PriceBooks::standard().books()) {
        QCOMPARE(b.hoursPerMonth(), 730.0);
        for (const Price &p : b.data().prices) {
            QVERIFY2(!p.unit.isEmpty() && !p.source.isEmpty() && !p.date.isEmpty()
                         && !p.confidence.isEmpty(),
                     qPrintable(b.id() + QLatin1Char('/') + p.key));
            QVERIFY2(QDate::fromString(p.date, Qt::ISODate).isValid(), qPrintable(p.key));
        }
    }
}

void TestPriceBook::rolesAndFamiliesPointAtPrices()
{
    for (const PriceBook &b : PriceBooks::standard().books()) {
        for (auto it = b.data().roles.cbegin(); it != b.data().roles.cend(); ++it)
            QVERIFY2(b.price(it.value()).isValid(),
                     qPrintable(b.id() + QLatin1Char(' ') + it.key()));
        for (auto it = b.data().families.cbegin(); it != b.data().families.cend(); ++it) {
            QVERIFY2(!b.instances(it.key()).isEmpty(), qPrintable(it.key()));
            const PriceFamily &f = it.value();
            for (const QString &key : {f.storage, f.storageMultiAz, f.backup}) {
                if (!key.isEmpty())
                    QVERIFY2(
                        b.price(key).isValid(),
                        qPrintable(b.id() + QLatin1Char(' ') + it.key() + QLatin1Char(' ') + key));
            }
        }
    }
}

// Wherever a book prices a managed service's instances, it prices everything else the AWS
// realisation of that service bills (storage, backups): every catalog type, single and replicated,
// backed up, in every AWS book's region. A book may leave a service out altogether (sa-east-1 is
// partial), never half of it.
void TestPriceBook::everyAwsBookPricesWhatItsServicesBill()
{
    const Catalog &catalog = Catalog::standard();
    int checked = 0;
    for (const PriceBook &b : PriceBooks::standard().books()) {
        if (b.provider() != QLatin1String("aws"))
            continue;
        for (const ComponentType &type : catalog.types()) {
            for (const bool replicated : {false, true}) {
                Project p;
                p.name = QStringLiteral("shop");
                p.components = {Component {.id = QStringLiteral("store"), .type = type.id()}};
                Environment env {.id = QStringLiteral("production"),
                                 .platform = Platform::AwsEcs,
                                 .region = b.region(),
                                 .priceBook = b.id()};
                Deployment d {.component = QStringLiteral("store"), .replicas = replicated ? 3 : 1};
                d.mode = replicated ? DeploymentMode::Replicated : DeploymentMode::Single;
                d.storage = 20 * Quantity::Gi;
                d.backup = true;
                env.deployments = {d};
                p.environments = {env};
                const CostReport report
                    = CostEngine::estimate(p, env, catalog, PriceBooks::standard());
                const bool instancePriced = std::any_of(
                    report.lines.cbegin(), report.lines.cend(), [&](const CostLine &line) {
                        return line.priced && b.price(line.priceKey).instance.isValid();
                    });
                if (!instancePriced)
                    continue;
                ++checked;
                for (const CostLine &line : report.lines) {
                    if (line.component == QLatin1String("store"))
                        QVERIFY2(
                            line.priced,
                            qPrintable(QStringLiteral("%1 %2 %3: %4: %5")
                                           .arg(b.id(), type.id(),
                                                replicated ? QStringLiteral("replicated")
                                                           : QStringLiteral("single"),
                                                line.resource.toString(), line.note.toString())));
                }
            }
        }
    }
    QVERIFY(checked >= 4); // RDS, ElastiCache, DocumentDB, OpenSearch at least
}

// Monthly figures the sources quote, recomputed from the book at 730 hours.
void TestPriceBook::facts_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<double>("quantity");
    QTest::addColumn<double>("monthly");
    QTest::newRow("Fargate 1 vCPU") << "fargate_linux_x86_vcpu" << 730.0 << 29.55;
    QTest::newRow("Fargate 2 GB") << "fargate_linux_x86_memory" << 1460.0 << 6.49;
    QTest::newRow("ALB") << "alb_hour" << 730.0 << 16.43;
    QTest::newRow("LCU") << "alb_lcu_hour" << 730.0 << 5.84;
    QTest::newRow("EKS") << "eks_cluster_standard" << 730.0 << 73.00;
    QTest::newRow("NAT") << "nat_gateway_hour" << 730.0 << 32.85;
    QTest::newRow("RDS MySQL t4g.small") << "rds_mysql_db_t4g_small_single_az" << 730.0 << 23.36;
    QTest::newRow("RDS MySQL t3.large Multi-AZ")
        << "rds_mysql_db_t3_large_multi_az" << 730.0 << 198.56;
    QTest::newRow("ElastiCache m4.large x2")
        << "elasticache_redis_cache_m4_large" << 1460.0 << 227.76;
    QTest::newRow("MQ m5.xlarge") << "mq_rabbitmq_m5_xlarge_single" << 730.0 << 420.48;
    QTest::newRow("OpenSearch c4.2xlarge x3")
        << "opensearch_c4_2xlarge_search" << 2190.0 << 1285.53;
    QTest::newRow("S3 10 TB") << "s3_standard_storage" << 10000.0 << 230.0;
    QTest::newRow("CloudWatch 1000 GB") << "cw_logs_ingest_standard" << 1000.0 << 500.0;
}

void TestPriceBook::facts()
{
    QFETCH(QString, key);
    QFETCH(double, quantity);
    QFETCH(double, monthly);
    const Price p = PriceBooks::standard().book(QStringLiteral("aws-us-east-1")).price(key);
    QVERIFY(p.isValid());
    QCOMPARE(qRound64(p.amountFor(quantity) * 100), qRound64(monthly * 100));
}

void TestPriceBook::tiers_data()
{
    QTest::addColumn<double>("gb");
    QTest::addColumn<double>("amount");
    QTest::newRow("10 GB") << 10.0 << 0.90;
    QTest::newRow("10 TB") << 10240.0 << 921.60;
    QTest::newRow("20 TB") << 20480.0 << 921.60 + 10240 * 0.085;
}

void TestPriceBook::tiers()
{
    QFETCH(double, gb);
    QFETCH(double, amount);
    const Price p = PriceBooks::standard()
                        .book(QStringLiteral("aws-us-east-1"))
                        .price(QStringLiteral("dto_internet"));
    QVERIFY(p.isTiered());
    QCOMPARE(qRound64(p.amountFor(gb) * 100), qRound64(amount * 100));
}

void TestPriceBook::unknownKeyIsInvalid()
{
    const PriceBook book = PriceBooks::standard().book(QStringLiteral("aws-us-east-1"));
    QVERIFY(!book.price(QStringLiteral("mq_rabbitmq_mq_t3_micro_single"))
                 .isValid()); // no sourced price
    QVERIFY(!book.priceForRole(QStringLiteral("volume-storage")).isValid());
}

void TestPriceBook::badFiles_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<QString>("field");
    QTest::addColumn<int>("line");
    QTest::newRow("not a book") << QByteArray("id: x\n") << "stackdraft-pricebook" << 1;
    QTest::newRow("no id") << QByteArray("stackdraft-pricebook: 1\nprices: []\n") << "id" << 1;
    QTest::newRow("price without source")
        << QByteArray("stackdraft-pricebook: 1\nid: x\nprices:\n  - {key: a, unit: GB, price: 1, "
                      "date: '2026-01-01'}\n")
        << "prices[0]" << 4;
    QTest::newRow("price not a number")
        << QByteArray("stackdraft-pricebook: 1\nid: x\nprices:\n  - key: a\n    unit: GB\n    "
                      "source: s\n    date: '2026-01-01'\n    price: cheap\n")
        << "prices[0].price" << 8;
    QTest::newRow("bad memory") << QByteArray(
        "stackdraft-pricebook: 1\nid: x\nprices:\n  - {key: a, unit: h, price: 1, source: s, date: "
        "'2026-01-01', instance: {family: f, class: c, vcpu: 2, memory: lots}}\n")
                                << "prices[0].instance.memory" << 4;
}

void TestPriceBook::badFiles()
{
    QFETCH(QByteArray, yaml);
    QFETCH(QString, field);
    QFETCH(int, line);
    const Result<PriceBook> book = PriceBookReader::read(yaml, QStringLiteral("x.yaml"));
    QVERIFY(!book.ok());
    QCOMPARE(book.error().field, field);
    QCOMPARE(book.error().line, line);
    QCOMPARE(book.error().file, QStringLiteral("x.yaml"));
}

void TestPriceBook::userBookOverridesBundled()
{
    PriceBooks books;
    QVERIFY(books.addDirectory(QStringLiteral(":/stackdraft/pricing")).ok());
    const Result<PriceBook> mine = PriceBookReader::read(
        "stackdraft-pricebook: 1\nid: self-hosted\nprovider: vm\nprices:\n"
        "  - {key: vm, unit: month, price: 20, source: my invoice, date: '2026-11-01'}\n",
        QStringLiteral("mine.yaml"));
    QVERIFY(mine.ok());
    books.add(*mine);
    QCOMPARE(books.book(QStringLiteral("self-hosted")).price(QStringLiteral("vm")).unitPrice, 20.0);
}

// The legend turns a maintainer's shorthand into what a cost report shows.
void TestPriceBook::readableSources_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("readable");
    QTest::addRow("offer and golden file")
        << "PAC AWSELB offer 20260911124544 ('$0.0225 per hour'); IC lb_test $16.43"
        << "AWS Price List API, Elastic Load Balancing offer, 2026-09-11 ('$0.0225 per hour'); "
           "Infracost golden file, lb_test $16.43";
    QTest::addRow("key alone") << "GD"
                               << "fetched prices";
    QTest::addRow("unknown offer code keeps its code")
        << "PAC AmazonXYZ offer 20261007 SKU 1"
        << "AWS Price List API, AmazonXYZ offer, 2026-10-07 SKU 1";
    QTest::addRow("no legend key") << "dragonflydb.io/finops; GD"
                                   << "dragonflydb.io/finops; fetched prices";
    QTest::addRow("a key inside a word is not a key") << "PACKED prices"
                                                      << "PACKED prices";
}

void TestPriceBook::readableSources()
{
    QFETCH(QString, source);
    QFETCH(QString, readable);
    const QByteArray yaml
        = "stackdraft-pricebook: 1\nid: x\n"
          "sources:\n  PAC: {name: AWS Price List API, detail: an extract}\n"
          "  IC: Infracost golden file\n  GD: {name: fetched prices}\n"
          "offers: {AWSELB: Elastic Load Balancing}\n"
          "prices:\n  - {key: a, unit: h, price: 1, date: '2026-01-01', source: \""
        + source.toUtf8() + "\"}\n";
    const Result<PriceBook> book = PriceBookReader::read(yaml, QStringLiteral("x.yaml"));
    QVERIFY2(book.ok(), qPrintable(book ? QString() : book.error().toString()));
    QCOMPARE(book->price(QStringLiteral("a")).source, readable);
}

// No bundled price shows a legend key: every shorthand a bundled book uses is in its legend.
void TestPriceBook::bundledSourcesAreReadable()
{
    static const QRegularExpression shorthand(
        QStringLiteral("(^|; )(PAC|GD|EC_TBL|IC|AWS_CF|AWS_EKS_BLOG|AWS_IPV4_BLOG|AWS_WAF_BLOG|"
                       "PTFG)\\b|\\b[A-Za-z]+ offer \\d{8}"));
    for (const PriceBook &b : PriceBooks::standard().books()) {
        for (const Price &p : b.data().prices)
            QVERIFY2(
                !shorthand.match(p.source).hasMatch(),
                qPrintable(b.id() + QLatin1Char('/') + p.key + QLatin1String(": ") + p.source));
    }
    QCOMPARE(
        PriceBooks::standard()
            .book(QStringLiteral("aws-us-east-1"))
            .price(QStringLiteral("alb_hour"))
            .source,
        QStringLiteral("AWS Price List API, Elastic Load Balancing offer, 2026-09-11 ('$0.0225 "
                       "per Application LoadBalancer-hour'); Infracost golden file, lb_test "
                       "$16.43"));
}

QTEST_GUILESS_MAIN(TestPriceBook)
#include "tst_pricebook.moc"
