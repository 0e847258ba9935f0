import os
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, '..', '..'))
PID='objection-request'; PNAME='Vastustamisoikeus / Objection to processing'; START_MESSAGE='ObjectionReceived'
DESK_FORM='objection-request-desk'; REQUEST_TYPE='OBJECTION'; FIRST='BalanceObjection'
OUT=ROOT+'/processes/objection-request.bpmn'
DOC='''The objection to processing (GDPR Art. 21), from the service-desk start form or the email intake's message
ObjectionReceived, through identity verification and subject matching (shared with the access request). A handler
records what is objected to and the balancing: the newsletter (direct marketing) is always upheld and the
subscription withdrawn; for processing on legitimate interest (camera, feedback surveys, other) an upheld
objection erases the person's recordings or answers, a refusal tells the compelling grounds. (The newsletter's own
unsubscribe link needs none of this: it works at once, without identification.) Business key = case number.
Variables: legalDeadline, internalTarget, atRiskAt, matchOutcome, objectionTarget, objectionDecision,
objectionUpheld, recordsChanged, outcome, onTimeLegal, onTimeTarget. The balancing lives in the case tables.'''
MIDDLE_ELEMENTS='''
el('BalanceObjection','task',1520,Y,'<bpmn:userTask id="BalanceObjection" name="Arvioi vastustaminen / Weigh the objection" camunda:formRef="objection-balance" camunda:formRefBinding="latest" camunda:candidateGroups="privacy-handlers" '+DUE+'><bpmn:documentation>Record what the person objects to and the balancing. The newsletter is always upheld (21(3)); on legitimate interest, refuse only for compelling legitimate grounds, which the requester is told.</bpmn:documentation><bpmn:extensionElements><camunda:taskListener delegateExpression="${{offerRequestDetails}}" event="create" /></bpmn:extensionElements>{io}</bpmn:userTask>','sub')
el('RecordObjection','task',1660,Y,'<bpmn:serviceTask id="RecordObjection" name="Record and carry out the decision" camunda:delegateExpression="${{recordObjection}}">{io}</bpmn:serviceTask>','sub')
el('SendObjectionAnswer','task',1800,Y,'<bpmn:serviceTask id="SendObjectionAnswer" name="Send the answer" camunda:asyncBefore="true" camunda:asyncAfter="true" camunda:delegateExpression="${{sendObjectionAnswer}}">'+RETRY.format('R5/PT5M')+'{io}</bpmn:serviceTask>','sub')
'''
MIDDLE_FLOWS='''
flow('Flow_toRecordObjection','BalanceObjection','RecordObjection')
flow('Flow_toObjectionAnswer','RecordObjection','SendObjectionAnswer')
flow('Flow_objectionAnswered','SendObjectionAnswer','CloseCase')
'''
exec(open(os.path.join(HERE, 'rights_template.py')).read())
