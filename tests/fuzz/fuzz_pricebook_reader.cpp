// libFuzzer target: a price book (`stackdraft-pricebook: 1`) through PriceBookReader.
#include "core/cost/pricebookreader.h"
#include "fuzzcheck.h"

#include <cstdint>

using namespace Stackdraft::Core;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const Result<PriceBook> book = PriceBookReader::read(bytes, QStringLiteral("fuzz-prices.yaml"));
    if (!book)
        FuzzCheck::error(book.error());
    return 0;
}
