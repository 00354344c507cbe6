#include "core/cost/pricebookreader.h"

#include "core/cost/pricesources.h"
#include "core/model/quantity.h"

#include <QCoreApplication>
#include <QFile>

#include <cmath>
#include <yaml-cpp/yaml.h>

namespace Stackdraft::Core::PriceBookReader {
namespace {

// yaml-cpp stays inside this file: every failure becomes an Error with the node's position.
struct ParseError
{
    Error error;
};

[[noreturn]] void fail(const YAML::Node &node, const QString &fileName, const QString &field,
                       const QString &message)
{
    const YAML::Mark mark = node.Mark();
    throw ParseError {Error {message, fileName, mark.is_null() ? 0 : mark.line + 1,
                             mark.is_null() ? 0 : mark.column + 1, field}};
}

QString text(const YAML::Node &node)
{
    return node && node.IsScalar() ? QString::fromStdString(node.Scalar()) : QString();
}

struct Context
{
    QString fileName;

    double number(const YAML::Node &node, const QString &field) const
    {
        if (!node || !node.IsScalar())
            fail(node, fileName, field,
                 QCoreApplication::translate("Stackdraft::Core::PriceBookReader",
                                             "expected a number"));
        bool ok = false;
        const double value = text(node).toDouble(&ok);
        // A bound keeps every amount computed from a price finite (no "$inf" in a report).
        if (!ok || !std::isfinite(value) || value < 0 || value > 1e9)
            fail(node, fileName, field,
                 QCoreApplication::translate("Stackdraft::Core::PriceBookReader",
                                             "'%1' is not a number from 0 to 1000000000")
                     .arg(text(node)));
        return value;
    }

    InstanceSpec instance(const YAML::Node &node, const QString &field) const
    {
        InstanceSpec spec;
        spec.family = text(node["family"]);
        spec.className = text(node["class"]);
        spec.cpu = qRound64(number(node["vcpu"], field + QStringLiteral(".vcpu")) * 1000);
        const auto memory = Quantity::parseMemory(text(node["memory"]));
        if (!memory)
            fail(node["memory"], fileName, field + QStringLiteral(".memory"),
                 QCoreApplication::translate("Stackdraft::Core::PriceBookReader",
                                             "'%1' is not a memory quantity such as 2Gi")
                     .arg(text(node["memory"])));
        spec.memory = *memory;
        spec.availability = text(node["availability"]);
        if (spec.family.isEmpty() || spec.className.isEmpty())
            fail(node, fileName, field,
                 QCoreApplication::translate("Stackdraft::Core::PriceBookReader",
                                             "an instance needs a family and a class"));
        return spec;
    }

    Price price(const YAML::Node &node, const QString &field) const
    {
        if (!node.IsMap())
            fail(node, fileName, field,
                 QCoreApplication::translate("Stackdraft::Core::PriceBookReader",
                                             "expected a map with key, unit, price and source"));
        Price p;
        p.key = text(node["key"]);
        p.label = text(node["label"]);
        p.unit = text(node["unit"]);
        p.confidence = text(node["confidence"]);
        p.date = text(node["date"]);
        p.source = text(node["source"]);
        if (p.key.isEmpty() || p.unit.isEmpty() || p.source.isEmpty() || p.date.isEmpty())
            fail(node, fileName, field,
                 QCoreApplication::translate(
                     "Stackdraft::Core::PriceBookReader",
                     "every price needs a key, a unit, a source and a date"));
        if (const YAML::Node tiers = node["tiers"]) {
            if (!tiers.IsSequence() || tiers.size() == 0)
                fail(tiers, fileName, field + QStringLiteral(".tiers"),
                     QCoreApplication::translate("Stackdraft::Core::PriceBookReader",
                                                 "expected a list of bands"));
            for (std::size_t i = 0; i < tiers.size(); ++i) {
                const QString tierField = QStringLiteral("%1.tiers[%2]").arg(field).arg(i);
                PriceTier tier;
                tier.price = number(tiers[i]["price"], tierField + QStringLiteral(".price"));
                if (tiers[i]["upToGb"])
                    tier.upTo = number(tiers[i]["upToGb"], tierField + QStringLiteral(".upToGb"));
                p.tiers.append(tier);
            }
            p.unitPrice = p.tiers.first().price;
        } else {
            p.unitPrice = number(node["price"], field + QStringLiteral(".price"));
        }
        if (node["instance"])
            p.instance = instance(node["instance"], field + QStringLiteral(".instance"));
        return p;
    }

    PriceBookData book(const YAML::Node &root) const
    {
        if (!root.IsMap())
            fail(root, fileName, {},
                 QCoreApplication::translate("Stackdraft::Core::PriceBookReader",
                                             "a price book is a YAML map"));
        if (text(root["stackdraft-pricebook"]) != QLatin1String("1"))
            fail(root, fileName, QStringLiteral("stackdraft-pricebook"),
                 QCoreApplication::translate(
                     "Stackdraft::Core::PriceBookReader",
                     "not a Stackdraft price book (expected 'stackdraft-pricebook: 1')"));
        PriceBookData data;
        data.id = text(root["id"]);
        if (data.id.isEmpty())
            fail(root, fileName, QStringLiteral("id"),
                 QCoreApplication::translate("Stackdraft::Core::PriceBookReader",
                                             "the price book has no id"));
        data.label = text(root["label"]);
        data.provider = text(root["provider"]);
        data.region = text(root["region"]);
        if (root["currency"])
            data.currency = text(root["currency"]);
        if (root["hoursPerMonth"])
            data.hoursPerMonth = number(root["hoursPerMonth"], QStringLiteral("hoursPerMonth"));
        data.compiled = text(root["compiled"]);
        data.note = text(root["note"]);
        for (const auto &role : root["roles"])
            data.roles.insert(QString::fromStdString(role.first.Scalar()), text(role.second));
        for (const auto &family : root["families"]) {
            PriceFamily f;
            f.storage = text(family.second["storage"]);
            f.storageMultiAz = text(family.second["storageMultiAz"]);
            f.backup = text(family.second["backup"]);
            data.families.insert(QString::fromStdString(family.first.Scalar()), f);
        }
        // The legend: `sources: {KEY: {name: ..., detail: ...}}` (a plain string is the name) and
        // `offers: {CODE: name}`; every price's source is stored as people read it.
        PriceSources legend;
        for (const auto &source : root["sources"]) {
            const QString key = QString::fromStdString(source.first.Scalar());
            const QString name
                = source.second.IsMap() ? text(source.second["name"]) : text(source.second);
            if (name.isEmpty())
                fail(source.second, fileName, QStringLiteral("sources.") + key,
                     QCoreApplication::translate("Stackdraft::Core::PriceBookReader",
                                                 "a source needs a name"));
            legend.addName(key, name);
        }
        for (const auto &offer : root["offers"])
            legend.addOffer(QString::fromStdString(offer.first.Scalar()), text(offer.second));
        const YAML::Node prices = root["prices"];
        for (std::size_t i = 0; prices && i < prices.size(); ++i) {
            Price p = price(prices[i], QStringLiteral("prices[%1]").arg(i));
            p.source = legend.readable(p.source);
            data.prices.append(std::move(p));
        }
        return data;
    }
};

} // namespace

Result<PriceBook> read(const QByteArray &bytes, const QString &fileName)
{
    try {
        const YAML::Node root = YAML::Load(bytes.toStdString());
        PriceBookData data = Context {fileName}.book(root);
        data.path = fileName;
        return PriceBook(std::move(data));
    } catch (const ParseError &e) {
        return e.error;
    } catch (const YAML::Exception &e) {
        return Error {QString::fromStdString(e.msg),
                      fileName,
                      e.mark.is_null() ? 0 : e.mark.line + 1,
                      e.mark.is_null() ? 0 : e.mark.column + 1,
                      {}};
    }
}

Result<PriceBook> readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error {QCoreApplication::translate("Stackdraft::Core::PriceBookReader",
                                                  "cannot read the price book: %1")
                          .arg(file.errorString()),
                      path};
    return read(file.readAll(), path);
}

} // namespace Stackdraft::Core::PriceBookReader
