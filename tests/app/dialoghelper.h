#pragma once

#include <QAbstractButton>
#include <QApplication>
#include <QDialog>
#include <QMessageBox>
#include <QTimer>

#include <functional>

// Answers the next modal dialog (a QMessageBox::exec(), a QInputDialog) once it is shown: tests
// drive the real dialogs instead of replacing them.
namespace DialogHelper {

// Runs `act` on the modal dialog as soon as one is active (polling, as exec() blocks the caller).
inline void whenModal(std::function<void(QDialog *)> act, int attempts = 200)
{
    QTimer::singleShot(10, qApp, [act = std::move(act), attempts]() mutable {
        if (auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget())) {
            act(dialog);
            return;
        }
        if (attempts > 0)
            whenModal(std::move(act), attempts - 1);
    });
}

inline void clickMessageBoxButton(QMessageBox::StandardButton which)
{
    whenModal([which](QDialog *dialog) {
        if (auto *box = qobject_cast<QMessageBox *>(dialog))
            box->button(which)->click();
    });
}

// Clicks the button whose role is `role` (for boxes with custom buttons).
inline void clickMessageBoxRole(QMessageBox::ButtonRole role)
{
    whenModal([role](QDialog *dialog) {
        auto *box = qobject_cast<QMessageBox *>(dialog);
        if (!box)
            return;
        for (QAbstractButton *button : box->buttons()) {
            if (box->buttonRole(button) == role) {
                button->click();
                return;
            }
        }
    });
}

} // namespace DialogHelper
