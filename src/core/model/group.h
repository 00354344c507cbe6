#pragma once

#include <QString>
#include <QStringList>

namespace Stackdraft::Core {

// A labelled frame of components ("Data Storage", "Monitoring"); a subgraph in Mermaid.
struct Group
{
    QString id;
    QString label;
    QStringList members; // component ids

    friend bool operator==(const Group &, const Group &) = default;
};

} // namespace Stackdraft::Core
