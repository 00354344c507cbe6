#pragma once

#include "core/cost/pricebook.h"
#include "core/result.h"

#include <QByteArray>
#include <QString>

namespace Stackdraft::Core::PriceBookReader {

// Parses a price-book file (`stackdraft-pricebook: 1`). Errors name the file, line, column and
// field.
Result<PriceBook> read(const QByteArray &bytes, const QString &fileName);
Result<PriceBook> readFile(const QString &path);

} // namespace Stackdraft::Core::PriceBookReader
