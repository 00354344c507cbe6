#pragma once

#include "document/commands/documentcommand.h"

#include <QRandomGenerator>

namespace Stackdraft::Document {
class ProjectDocument;
}

// Makes random commands for the randomised test: mostly valid edits drawn from the current
// project, some that must be refused. Every choice comes from the seeded generator, so a seed
// replays the same sequence.
class RandomCommands final
{
public:
    RandomCommands(Stackdraft::Document::ProjectDocument &document, quint32 seed)
        : m_document(document)
        , m_random(seed)
    {
    }

    Stackdraft::Document::DocumentCommand *next();

private:
    Stackdraft::Document::DocumentCommand *single();
    Stackdraft::Document::DocumentCommand *componentCommand();
    Stackdraft::Document::DocumentCommand *deploymentCommand();
    Stackdraft::Document::DocumentCommand *connectionCommand();
    Stackdraft::Document::DocumentCommand *groupCommand();
    Stackdraft::Document::DocumentCommand *environmentCommand();

    int below(int n) { return n <= 0 ? 0 : int(m_random.bounded(n)); }
    bool chance(int percent) { return below(100) < percent; }
    QString text();
    QString componentId();
    QString environmentId();
    QString deployedIn(const QString &environmentId);
    QList<Stackdraft::Core::EnvVar> variables();

    Stackdraft::Document::ProjectDocument &m_document;
    QRandomGenerator m_random;
    int m_counter = 0;
};
