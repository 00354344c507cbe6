#pragma once

#include "core/cost/price.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QString>

#include <memory>

namespace Stackdraft::Core {

// Storage prices of one managed-service family ("rds-mysql": gp3 single-AZ and multi-AZ).
struct PriceFamily
{
    QString storage; // price key per GB-month of the deployment's storage
    QString storageMultiAz; // price key when the deployment is replicated; empty: same as storage
    QString backup; // price key per GB-month of backups beyond what the service includes

    friend bool operator==(const PriceFamily &, const PriceFamily &) = default;
};

// Everything one price-book file holds. Plain data; PriceBook wraps it.
struct PriceBookData
{
    QString id; // "aws-us-east-1"
    QString label;
    QString provider; // "aws", "self-hosted"
    QString region;
    QString currency = QStringLiteral("USD");
    double hoursPerMonth = 730; // Infracost's convention (365 x 24 / 12)
    QString compiled;
    QString note;
    QString path; // where it was loaded from
    QMap<QString, QString> roles; // general rule -> price key ("container-vcpu" -> ...)
    QMap<QString, PriceFamily> families; // managed-service family -> storage keys
    QList<Price> prices; // in file order
};

// Lookups built once when a book is made, so pricing a large project stays linear.
struct PriceBookIndex
{
    QHash<QString, qsizetype> byKey; // price key -> index in prices
    QHash<QString, QList<Price>> instancesByFamily; // cheapest first
};

// A cheap value handle onto a price book. Unknown books and missing keys answer invalid values,
// never null: a price the book lacks is reported as "unpriced", never guessed.
class PriceBook
{
public:
    PriceBook() = default;
    explicit PriceBook(PriceBookData data);

    bool isValid() const { return m_data != nullptr; }
    const PriceBookData &data() const;

    QString id() const { return data().id; }
    QString label() const { return data().label; }
    QString provider() const { return data().provider; }
    QString region() const { return data().region; }
    QString currency() const { return data().currency; }
    double hoursPerMonth() const { return data().hoursPerMonth; }
    QString note() const { return data().note; }
    bool isEmpty() const { return data().prices.isEmpty(); }

    Price price(const QString &key) const; // invalid when the book lacks it
    Price
    priceForRole(const QString &role) const; // the price a general rule uses; invalid when absent
    bool hasFamily(const QString &family) const { return data().families.contains(family); }
    PriceFamily family(const QString &family) const { return data().families.value(family); }
    // The instance-class prices of `family` with `availability` (any when empty), cheapest first.
    QList<Price> instances(const QString &family, const QString &availability = {}) const;

private:
    std::shared_ptr<const PriceBookData> m_data;
    std::shared_ptr<const PriceBookIndex> m_index;
};

} // namespace Stackdraft::Core
