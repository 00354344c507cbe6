#include "app/quantityfield.h"

#include "core/model/quantity.h"

#include <QCoreApplication>

namespace Stackdraft::App {

QuantityField QuantityField::parse(Unit unit, const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return {0, {}};
    if (trimmed.startsWith(QLatin1Char('-')))
        return {std::nullopt,
                QCoreApplication::translate("QuantityField", "A quantity cannot be negative.")};
    const std::optional<qint64> parsed = unit == Unit::Cpu ? Core::Quantity::parseCpu(trimmed)
                                                           : Core::Quantity::parseMemory(trimmed);
    if (!parsed || *parsed < 0) {
        const QString message = unit == Unit::Cpu
            ? QCoreApplication::translate(
                "QuantityField",
                "“%1” is not a CPU quantity: write cores (1, 0.5) or millicores "
                "(500m).")
            : QCoreApplication::translate(
                "QuantityField", "“%1” is not a memory quantity: write 512Mi, 1Gi, 1G or bytes.");
        return {std::nullopt, message.arg(trimmed)};
    }
    return {parsed, {}};
}

QString QuantityField::format(Unit unit, qint64 value)
{
    if (value == 0)
        return {};
    return unit == Unit::Cpu ? Core::Quantity::formatCpu(value)
                             : Core::Quantity::formatMemory(value);
}

} // namespace Stackdraft::App
