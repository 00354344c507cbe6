#include "core/export/exportset.h"

namespace Stackdraft::Core {

void ExportSet::merge(const ExportSet &other)
{
    for (auto it = other.m_files.cbegin(); it != other.m_files.cend(); ++it)
        m_files.insert(it.key(), wants(it.key()) ? it.value() : QByteArray());
}

} // namespace Stackdraft::Core
