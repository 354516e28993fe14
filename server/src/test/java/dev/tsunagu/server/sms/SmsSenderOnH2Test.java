package dev.tsunagu.server.sms;

import dev.tsunagu.server.OnH2;

@OnH2
class SmsSenderOnH2Test extends SmsSenderContract {
}
