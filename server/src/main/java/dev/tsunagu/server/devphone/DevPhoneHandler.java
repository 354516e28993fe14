package dev.tsunagu.server.devphone;

import dev.tsunagu.server.realtime.PageSocket;
import dev.tsunagu.server.realtime.PageSocketHandler;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** {@code /devphone/ws}: the page socket of {@code /ws}'s envelope with the dev phone's own commands. */
@Component
class DevPhoneHandler extends PageSocketHandler {

    private final DevPhones phones;
    private final DevPhoneCommands commands;

    DevPhoneHandler(DevPhones phones, DevPhoneCommands commands, JsonMapper json) {
        super(json, "devphone");
        this.phones = phones;
        this.commands = commands;
    }

    @Override
    protected boolean opened(PageSocket socket) {
        return phones.open(socket);
    }

    @Override
    protected Object handle(PageSocket socket, String type, ObjectNode payload) {
        return commands.handle(socket.id(), type, payload);
    }

    @Override
    protected void closed(String socketId) {
        phones.close(socketId);
    }
}
