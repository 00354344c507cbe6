#pragma once

#include <QString>

#include <optional>

namespace Stackdraft::App {

// Parsing what a person types into a CPU or memory field, with the reason when it is refused.
// Empty text means "not set" (0). Negative numbers, unknown suffixes ("500x") and values past what
// a quantity can hold are refused.
struct QuantityField
{
    enum class Unit { Cpu, Memory };

    std::optional<qint64> value; // set when accepted
    QString error; // why not, for the person typing

    static QuantityField parse(Unit unit, const QString &text);
    static QString format(Unit unit, qint64 value); // "" for 0
};

} // namespace Stackdraft::App
