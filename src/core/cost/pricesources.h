#pragma once

#include <QMap>
#include <QString>

namespace Stackdraft::Core {

// A price book's source legend, so that people read where a price comes from rather than the
// research shorthand its maintainers write: "PAC AWSELB offer 20260911124544 ('$0.0225 per ...');
// IC lb_test $16.43" reads "AWS Price List API, Elastic Load Balancing offer, 2026-09-11 ('$0.0225
// per ...'); Infracost golden file, lb_test $16.43".
// Each part of a source (parts are separated by "; ") that starts with a legend key gets the key's
// name; "<OfferCode> offer <yyyymmdd...>" gets the offer's name and the publication date. Anything
// else is kept as written.
class PriceSources final
{
public:
    void addName(const QString &key, const QString &name) { m_names.insert(key, name); }
    void addOffer(const QString &code, const QString &name) { m_offers.insert(code, name); }

    QString readable(const QString &source) const;

private:
    QString readablePart(const QString &part) const;

    QMap<QString, QString> m_names; // "PAC" -> "AWS Price List API"
    QMap<QString, QString> m_offers; // "AWSELB" -> "Elastic Load Balancing"
};

} // namespace Stackdraft::Core
