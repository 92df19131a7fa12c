import { notifications } from "@mantine/notifications";
import { errorMessage } from "../api/api-error.js";

/** A short success toast after a write. */
export function notifySuccess(message: string, title?: string): void {
  notifications.show({ color: "green", title, message });
}

/** A failure toast for actions without a form to show the error next to. */
export function notifyError(error: unknown, title = "That did not work"): void {
  notifications.show({ color: "red", title, message: errorMessage(error), autoClose: 8000 });
}
