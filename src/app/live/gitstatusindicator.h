#pragma once

#include <QLabel>

class QTimer;

namespace Stackdraft::Document {
class ProjectDocument;
}

namespace Stackdraft::App {

class BackgroundJob;
using Document::ProjectDocument;

// The status bar's Git indicator: the branch of the project's repository and how many generated
// files differ from HEAD. Recomputed on a worker a moment after the design or the file changes.
class GitStatusIndicator final : public QLabel
{
    Q_OBJECT

public:
    explicit GitStatusIndicator(const ProjectDocument &document, QWidget *parent = nullptr);

    // Recompute now (after a commit); otherwise it follows the document.
    void refresh();
    bool isCurrent() const;

    static constexpr int DelayMs = 800; // after the last edit: generating everything is not free

signals:
    void refreshed();

private:
    const ProjectDocument &m_document;
    QTimer *m_delay;
    BackgroundJob *m_job;
};

} // namespace Stackdraft::App
