#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QObject>
#include <QPointF>
#include <QStringList>

namespace Stackdraft::Document {
class DocumentCommand;
}

namespace Stackdraft::App {

class AutoLayoutJob;
class ConnectionItem;
class EnvironmentCanvas;
class EnvironmentScene;
class GroupItem;

// What the mouse and keyboard do to one environment's canvas, as document commands: it reads the
// scene's selection, turns it into ids and pushes one command (or one macro) per action. Nothing
// undoable asks for confirmation. Status messages (a refused connection, a failed edit) go out
// through statusMessage().
class CanvasEditor final : public QObject
{
    Q_OBJECT

public:
    explicit CanvasEditor(EnvironmentCanvas *canvas);

    QStringList selectedComponents() const; // model order
    QStringList selectedConnections() const;
    QStringList selectedGroups() const;
    bool hasSelection() const;

    void selectAll();
    void select(const QStringList &componentIds);

    // Delete: the selected cards leave this environment (the components stay in the project),
    // selected connections and frames are removed.
    void deleteFromEnvironment();
    // Shift+Delete: the selected components leave the project, in every environment.
    void deleteFromProject();
    void copy();
    void cut();
    void paste();
    void duplicate();
    void group();
    void ungroup();
    // Lays the environment out afresh with Graphviz (one undoable step). A large environment is
    // laid out on a worker (a status message and a busy cursor meanwhile); an edit made before it
    // is done discards it.
    void autoLayout();
    AutoLayoutJob *autoLayoutJob() const { return m_autoLayout; }
    // Arrow keys: by one unit, or a grid step with `gridStep`.
    void nudge(int dx, int dy, bool gridStep);
    // After a drag: one move command for every card whose position changed since `before`.
    void commitMoves(const QHash<QString, QPointF> &before);

    // A connection drawn from one card to another: refused with a status message when the catalog
    // says they cannot talk; otherwise added with a proposed label, and when the target offers a
    // URL, a menu at `screenPos` offers to add the variable that reads it.
    void requestConnection(const QString &from, const QString &to, const QPoint &screenPos);
    void editConnectionLabel(const ConnectionItem *connection, const QString &label);
    void renameGroup(const GroupItem *group, const QString &label);

    QString lastMessage() const { return m_lastMessage; }

signals:
    void statusMessage(const QString &message);

private:
    EnvironmentScene *scene() const;
    bool push(Document::DocumentCommand *command);
    void report(const QString &message);
    void onAutoLayoutBusy(bool busy);

    EnvironmentCanvas *m_canvas;
    AutoLayoutJob *m_autoLayout;
    QString m_lastMessage;
};

} // namespace Stackdraft::App
