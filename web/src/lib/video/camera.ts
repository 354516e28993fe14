/** The cameras of this device (VE-02: "Camera on" only with one; a phone's front and back are two). */

/** Pure: a `videoinput` among the devices. */
export function hasCamera(devices: Pick<MediaDeviceInfo, 'kind'>[]): boolean {
  return cameraCount(devices) > 0;
}

/** Pure: how many cameras. */
export function cameraCount(devices: Pick<MediaDeviceInfo, 'kind'>[]): number {
  return devices.filter((d) => d.kind === 'videoinput').length;
}

/** Asks the browser how many cameras there are; 0 when it cannot list devices. */
export async function camerasPresent(): Promise<number> {
  if (!navigator.mediaDevices?.enumerateDevices) return 0;
  try {
    return cameraCount(await navigator.mediaDevices.enumerateDevices());
  } catch {
    return 0;
  }
}

/** Whether there is a camera at all. */
export async function cameraPresent(): Promise<boolean> {
  return (await camerasPresent()) > 0;
}
