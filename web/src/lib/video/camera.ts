/** Whether this computer has a camera (VE-02: "Camera on" only with one). */

/** Pure: a `videoinput` among the devices. */
export function hasCamera(devices: Pick<MediaDeviceInfo, 'kind'>[]): boolean {
  return devices.some((d) => d.kind === 'videoinput');
}

/** Asks the browser; false when it cannot list devices. */
export async function cameraPresent(): Promise<boolean> {
  if (!navigator.mediaDevices?.enumerateDevices) return false;
  try {
    return hasCamera(await navigator.mediaDevices.enumerateDevices());
  } catch {
    return false;
  }
}
