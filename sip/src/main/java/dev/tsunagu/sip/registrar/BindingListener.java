package dev.tsunagu.sip.registrar;

/** Told when a phone's contact comes and goes (the PBX line follows it). */
public interface BindingListener {

    void added(Binding binding);

    void removed(Binding binding);
}
