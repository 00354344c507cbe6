#pragma once

#include "app/live/promotion.h"

#include <QObject>
#include <QString>

#include <functional>

class QAction;
class QMenu;
class QWidget;

namespace Stackdraft::Core {
class PriceBooks;
}

namespace Stackdraft::Document {
class ProjectDocument;
}

namespace Stackdraft::App {

// The Environment menu: add, duplicate ("New environment from production…"), rename, settings,
// move and remove — each one undoable step. Acts on the environment `current()` names (the
// current tab).
class EnvironmentActions final : public QObject
{
    Q_OBJECT

public:
    EnvironmentActions(Document::ProjectDocument &document, const Core::PriceBooks &priceBooks,
                       std::function<QString()> current, QWidget *window);

    // Fills `menu` with the actions (and keeps their texts and enabled states current).
    void populate(QMenu *menu);
    QAction *addAction() const { return m_add; }
    QAction *duplicateAction() const { return m_duplicate; }
    QAction *renameAction() const { return m_rename; }
    QAction *settingsAction() const { return m_settings; }
    QAction *removeAction() const { return m_remove; }
    QAction *promoteAction() const { return m_promote; }

    // The steps behind the actions, without dialogs; false (with a status message) when refused.
    bool add(const QString &name);
    bool duplicate(const QString &sourceId, const QString &name);
    bool rename(const QString &id, const QString &name);
    bool remove(const QString &id);
    bool move(int from, int to);
    // Carries the chosen differences of `sourceId` over to `targetId` (PromoteDialog's ticks), one
    // undoable step; false (with a status message) when nothing changes or the document refuses.
    bool promote(const QString &sourceId, const QString &targetId,
                 const QList<Promotion::Difference> &chosen);

public slots:
    void updateActions();

signals:
    void statusMessage(const QString &message, int timeoutMs);
    // An environment was added or renamed: the window shows its tab.
    void environmentCreated(const QString &environmentId);

private:
    QString askName(const QString &title, const QString &label, const QString &text);
    void editSettings();
    void showPromote();

    Document::ProjectDocument &m_document;
    const Core::PriceBooks &m_priceBooks;
    std::function<QString()> m_current;
    QWidget *m_window;
    QAction *m_add;
    QAction *m_duplicate;
    QAction *m_rename;
    QAction *m_settings;
    QAction *m_moveLeft;
    QAction *m_moveRight;
    QAction *m_remove;
    QAction *m_promote;
};

} // namespace Stackdraft::App
