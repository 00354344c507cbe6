#pragma once

#include <QString>

namespace Stackdraft::Core {

class Catalog;
struct Project;

// The two Mermaid pictures of a project, as text ending in a newline. Pure and deterministic; used
// by the mermaid exporter (.mmd files) and embedded by the markdown exporter, so both always agree.
class MermaidDiagrams final
{
public:
    // graph LR of the logical design: groups as subgraphs, data stores as cylinders, external
    // actors as stadiums, labelled edges, one classDef per catalog category.
    static QString components(const Project &project, const Catalog &catalog);

    // graph TB with one subgraph per environment ("Production · kubernetes"), each node named by
    // how its platform realises it ("Backend Pod", "MySQL RDS"), edges for the connections active
    // there and an entry node (Ingress / ALB) feeding the public components. `environment` empty:
    // every environment.
    static QString deployment(const Project &project, const Catalog &catalog,
                              const QString &environment = {});
};

} // namespace Stackdraft::Core
