#pragma once

#include <QObject>
#include <QString>

class QTimer;

namespace Stackdraft::App {

class MainWindow;

// For the X smoke test (tests/app/smoke.sh), which drives the real app with xdotool and needs to
// know where things are on screen: when $STACKDRAFT_UI_PROBE names a file, the window's palette
// entries, current canvas, cards (with their connection handles) and connections, the open popup
// and the document's state are written there as JSON in global screen coordinates, whenever they
// change (checked every 100 ms). Off (no timer, no file) otherwise.
class UiProbe final : public QObject
{
    Q_OBJECT

public:
    // Null when the variable is not set.
    static UiProbe *install(MainWindow *window);

    QByteArray snapshot() const;

private:
    UiProbe(MainWindow *window, QString path);
    void write();

    MainWindow *m_window;
    QString m_path;
    QTimer *m_timer;
    QByteArray m_last;
};

} // namespace Stackdraft::App
